package cn.xianfeng.schemes;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.xianfeng.engine.Scheme.SectionKind;
import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.organization.MemberStatus;
import cn.xianfeng.organization.PostType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An item of a published scheme as the monthly cycle needs it: how it is scored (for the form a member fills in),
 * who records it, whether evidence is required and which members it is for.
 */
public record SchemeItem(String code, String name, String sectionCode, String sectionName, SectionKind sectionKind,
        RuleType ruleType,
        @Schema(types = {"number", "null"}) @Nullable BigDecimal points,
        @Schema(types = {"number", "null"}) @Nullable BigDecimal min,
        @Schema(types = {"number", "null"}) @Nullable BigDecimal max,
        List<String> levels,
        RecordedBy recordedBy, boolean evidenceRequired, boolean vetoTrigger,
        List<MemberStatus> forStatuses, List<PostType> forPostTypes, boolean leaderCadresOnly) {

    public enum RuleType { FIXED, PER_OCCURRENCE, PER_HOUR, RANGE, LEVELS }

    /** Whether the item is for this member (every list left empty does not narrow). */
    public boolean appliesTo(MemberProfile member) {
        return (forStatuses.isEmpty() || forStatuses.contains(member.status()))
                && (forPostTypes.isEmpty() || forPostTypes.contains(member.postType()))
                && (!leaderCadresOnly || member.leaderCadre());
    }

    /** Whether an entry carries a count (occurrences) or hours rather than being a single act. */
    public boolean counted() {
        return ruleType == RuleType.PER_OCCURRENCE || ruleType == RuleType.PER_HOUR;
    }
}
