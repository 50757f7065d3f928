package org.sanxiang.subject;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link NameSearchContract} on H2. */
@SpringBootTest(properties = { "sanxiang.subject.name-index.common=30", "sanxiang.subject.name-index.enough=0" })
class H2NameSearchTests extends NameSearchContract {

}
