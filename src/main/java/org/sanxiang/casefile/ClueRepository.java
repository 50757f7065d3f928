package org.sanxiang.casefile;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ClueRepository extends Repository<Clue, Long> {

	Clue save(Clue clue);

	Optional<Clue> findById(Long id);

}
