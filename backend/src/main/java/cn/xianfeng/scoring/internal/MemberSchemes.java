package cn.xianfeng.scoring.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.xianfeng.organization.MemberProfile;
import cn.xianfeng.schemes.AppliedScheme;
import cn.xianfeng.schemes.SchemeCatalog;
import cn.xianfeng.schemes.SchemeItem;
import cn.xianfeng.web.InvalidInputException;
import cn.xianfeng.web.XianfengException.FieldCode;

/** The published scheme a member is scored by in a year (their branch's, or the nearest above), and its items. */
@Component
class MemberSchemes {

    private final SchemeCatalog catalog;

    MemberSchemes(SchemeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The scheme; without one, a problem at {@code field} (nothing can be recorded against no scheme). */
    AppliedScheme of(MemberProfile member, int year, String field) {
        return catalog.applyingTo(member.branchPath(), year)
            .orElseThrow(() -> new InvalidInputException(List.of(new FieldCode(field, "scoring.no-scheme", String.valueOf(year)))));
    }

    /** The item of the code, which must apply to the member; a problem at {@code item} otherwise. */
    static SchemeItem item(AppliedScheme scheme, String code, MemberProfile member) {
        SchemeItem item = scheme.item(code).orElseThrow(() -> new InvalidInputException(List.of(new FieldCode("item", "entry.item.unknown", code))));
        if (!item.appliesTo(member)) {
            throw new InvalidInputException(List.of(new FieldCode("item", "entry.item.not-for-member", item.name())));
        }
        return item;
    }
}
