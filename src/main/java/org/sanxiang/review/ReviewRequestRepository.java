package org.sanxiang.review;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ReviewRequestRepository extends Repository<ReviewRequest, Long> {

	ReviewRequest save(ReviewRequest request);

	Optional<ReviewRequest> findById(Long id);

}
