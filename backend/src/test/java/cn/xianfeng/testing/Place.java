package cn.xianfeng.testing;

import java.util.UUID;

/**
 * An org, a branch below it with a member (their role, their exemption, their evidence and approved declaration
 * with its ledger entry, an objection, a flag, an alert, an activity, a filing), and at the org an invitation, a link,
 * a published scheme and a spot check; {@code memberBrowser} is the member, signed in.
 */
public record Place(UUID org, UUID branch, UUID member, UUID assignment, UUID exemption, UUID invitation, UUID link,
        UUID scheme, UUID schemeVersion, UUID evidence, UUID declaration, UUID ledgerEntry, UUID activity, UUID period,
        UUID objection, UUID filing, UUID spotCheck, UUID alert, UUID flag, Browser memberBrowser) {

    /** The same place, seen from another org above it. */
    public Place at(UUID otherOrg) {
        return new Place(otherOrg, branch, member, assignment, exemption, invitation, link, scheme, schemeVersion, evidence,
                declaration, ledgerEntry, activity, period, objection, filing, spotCheck, alert, flag, memberBrowser);
    }
}
