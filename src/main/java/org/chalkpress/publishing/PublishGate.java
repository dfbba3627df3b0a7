package org.chalkpress.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chalkpress.audit.AuditAction;
import org.chalkpress.audit.AuditLog;
import org.chalkpress.links.LinkReachability;
import org.chalkpress.policy.ContentKind;
import org.chalkpress.policy.Finding;
import org.chalkpress.policy.LinkResult;
import org.chalkpress.policy.Verdict;

/**
 * The only way content becomes visible. Every publish — post, wiki edit, episode, comment, caption —
 * comes here: sanitise, run every policy rule, decide pass / warn / block, record the decision in the
 * audit log, and only then let the content's own {@link PublishStep} store it.
 */
@ApplicationScoped
public class PublishGate {

    @Inject
    PolicyContext context;

    @Inject
    AuditLog audit;

    @Inject
    Event<RevisionPublished> published;

    @Inject
    LinkReachability links;

    @Inject
    MediaTextCheck mediaText;

    /**
     * Checks a submission without publishing anything: for previews and live findings in the editor. No
     * network I/O here — links are checked for reachability only by {@link #publish}.
     */
    public GateDecision review(Submission submission) {
        return decide(submission, Map.of());
    }

    private GateDecision decide(Submission submission, Map<String, LinkResult> linkResults) {
        List<Finding> findings = new ArrayList<>(context.engine().review(context.reviewOf(submission, linkResults)));
        if (submission.kind() != ContentKind.CAPTION) {
            findings.addAll(mediaText.findingsShownWith(submission));
        }
        return new GateDecision(Verdict.of(findings), findings, HtmlSanitiser.sanitise(submission.html()));
    }

    /**
     * Publishes through the policy: as {@link #review}, plus the submission's links checked over the network
     * (in parallel, under one deadline) so that broken links warn and links leading somewhere refused block.
     */
    @Transactional
    public <T> PublishOutcome<T> publish(Submission submission, Acknowledgement ack, PublishStep<T> step) {
        Map<String, LinkResult> linkResults = links.checkForPublish(submission.html(), context.currentSettings());
        GateDecision decision = decide(submission, linkResults);
        String kind = submission.kind().name();
        Long site = submission.site().id();
        if (decision.verdict() == Verdict.BLOCK) {
            if (!ack.overridesBlock() || !submission.author().role().isCommunications()) {
                audit.recordDecision(submission.author(), AuditAction.PUBLISH_BLOCKED, site, kind,
                        submission.itemId(), null, decision.verdict(), decision.findings(), null);
                return PublishOutcome.held(decision, false);
            }
        } else if (decision.verdict() == Verdict.WARN && !ack.warningsAcknowledged()) {
            audit.recordDecision(submission.author(), AuditAction.AWAITING_ACKNOWLEDGEMENT, site, kind,
                    submission.itemId(), null, decision.verdict(), decision.findings(), null);
            return PublishOutcome.held(decision, true);
        }
        T result = step.persist(decision.sanitisedHtml(), decision);
        published.fire(new RevisionPublished(submission.kind(), submission.itemId(), submission.site().slug(),
                submission.title(), decision.sanitisedHtml(), linkResults));
        AuditAction action = switch (decision.verdict()) {
            case BLOCK -> AuditAction.BLOCK_OVERRIDDEN;
            case WARN -> AuditAction.WARNINGS_ACKNOWLEDGED;
            case PASS -> AuditAction.PUBLISHED;
        };
        audit.recordDecision(submission.author(), action, site, kind, submission.itemId(), step.revisionId(result),
                decision.verdict(), decision.findings(),
                action == AuditAction.BLOCK_OVERRIDDEN ? "Override: " + ack.overrideJustification().strip() : null);
        return PublishOutcome.done(decision, result);
    }
}
