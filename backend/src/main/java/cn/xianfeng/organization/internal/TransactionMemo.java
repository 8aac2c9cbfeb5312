package cn.xianfeng.organization.internal;

import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.xianfeng.tenancy.TenantContext;

/**
 * Remembers a value about the caller for the rest of the current transaction, so that a request asking "who am I
 * here?" for every row reads it once. Outside a transaction it computes the value every time; a transaction that
 * acts as another user (onboarding does) computes it again for them.
 */
final class TransactionMemo<T> {

    private final Object key = new Object();

    private record Known(@Nullable Object caller, Object value) {
    }

    @SuppressWarnings("unchecked")
    T get(Supplier<T> compute) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return compute.get();
        }
        Object caller = TenantContext.userId().orElse(null);
        if (TransactionSynchronizationManager.getResource(key) instanceof Known known && Objects.equals(known.caller(), caller)) {
            return (T) known.value();
        }
        T value = compute.get();
        if (TransactionSynchronizationManager.unbindResourceIfPossible(key) == null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(key, new Known(caller, value));
        return value;
    }
}
