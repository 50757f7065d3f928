package org.sanxiang.casefile;

import org.sanxiang.review.GateAnswer;
import org.sanxiang.review.ProposedDecision;

/**
 * The review module's answer whether a decision with exactly this content may be made
 * (行政处罚法 第五十八条). The application asks {@code Reviews.mayDecide}; a domain test a fake.
 */
@FunctionalInterface
public interface LegalReviewGate {

	GateAnswer mayDecide(ProposedDecision decision);

}
