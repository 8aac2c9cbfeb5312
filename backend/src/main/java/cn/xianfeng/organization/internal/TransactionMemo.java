package cn.xianfeng.organization.internal;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a value for the rest of the current transaction, so that a request asking "who am I here?" five times
 * reads it once. Outside a transaction it computes the value every time. Only for values that depend on nothing but
 * the caller and tenant, which a transaction fixes when it begins.
 */
final class TransactionMemo<T> {

    private final Object key = new Object();

    @SuppressWarnings("unchecked")
    T get(Supplier<T> compute) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return compute.get();
        }
        Object known = TransactionSynchronizationManager.getResource(key);
        if (known != null) {
            return (T) known;
        }
        T value = compute.get();
        TransactionSynchronizationManager.bindResource(key, value);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return value;
    }
}
