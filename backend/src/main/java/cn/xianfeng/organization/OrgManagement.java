package cn.xianfeng.organization;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xianfeng.organization.internal.Org;
import cn.xianfeng.organization.internal.Orgs;

@Service
public class OrgManagement {

    private final Orgs orgs;
    private final ApplicationEventPublisher events;

    OrgManagement(Orgs orgs, ApplicationEventPublisher events) {
        this.orgs = orgs;
        this.events = events;
    }

    /** Creates the root of the current tenant's tree. */
    @Transactional
    public OrgRef createRoot(OrgType type, String name) {
        if (!type.canBeTenantRoot()) {
            throw new IllegalArgumentException("A tenant root must be a committee or a general branch: " + type);
        }
        Org root = orgs.saveAndFlush(Org.root(UUID.randomUUID(), type, name));
        events.publishEvent(new OrgChanged(OrgChanged.Kind.CREATED, null, root.snapshot()));
        return root.toRef();
    }

    /** The current tenant's root org. */
    @Transactional(readOnly = true)
    public Optional<OrgRef> root() {
        return orgs.findByParentIdIsNull().map(Org::toRef);
    }

    /** An org of the current tenant; empty for an org of another tenant. */
    @Transactional(readOnly = true)
    public Optional<OrgRef> find(UUID id) {
        return orgs.findById(id).map(Org::toRef);
    }
}
