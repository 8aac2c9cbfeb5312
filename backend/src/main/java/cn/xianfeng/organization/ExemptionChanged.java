package cn.xianfeng.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.audit.Auditable;

/**
 * A step of an exemption was taken: applied, reviewed, publicised, approved, withdrawn or ended.
 * {@code orgPath} is the path of the member's branch.
 */
public record ExemptionChanged(Step step, @Nullable ExemptionSnapshot before, ExemptionSnapshot after, String orgPath)
        implements Auditable {

    public enum Step { APPLIED, COMMITTEE_REVIEW, MEETING_APPROVAL, PUBLICITY_OPENED, PUBLICITY_CLOSED, UPPER_APPROVAL,
        WITHDRAWN, ENDED }

    @Override
    public String action() {
        return "EXEMPTION_" + step.name();
    }

    @Override
    public String entityType() {
        return "EXEMPTION";
    }

    @Override
    public UUID entityId() {
        return after.id();
    }
}
