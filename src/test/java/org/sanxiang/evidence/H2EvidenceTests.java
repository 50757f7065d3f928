package org.sanxiang.evidence;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "sanxiang.test.context=evidence-h2")
class H2EvidenceTests extends EvidenceContract {

}
