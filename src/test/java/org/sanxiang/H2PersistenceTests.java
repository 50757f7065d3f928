package org.sanxiang;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The persistence contract on the embedded H2 database (PostgreSQL mode), the zero-setup
 * default.
 */
@SpringBootTest
class H2PersistenceTests extends PersistenceContract {

}
