package org.sanxiang.document;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "sanxiang.test.context=documents-h2")
class H2DocumentTests extends DocumentContract {

}
