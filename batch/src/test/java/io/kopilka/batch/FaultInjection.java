package io.kopilka.batch;

import io.kopilka.db.KeyPartition;
import io.kopilka.ledger.Ledger;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Test-only: wraps the ledger so that, once armed, its {@code n}-th call of a method does the work and then throws
 * — a crash in the middle of a chunk, after its statements ran and before its transaction commits.
 */
@Component
public class FaultInjection implements BeanPostProcessor {

    private static final AtomicReference<String> METHOD = new AtomicReference<>();
    private static final AtomicInteger CALLS_LEFT = new AtomicInteger();
    private static final AtomicReference<KeyPartition> PARTITION = new AtomicReference<>();

    /** Makes the {@code n}-th next call of the ledger's {@code method} fail after doing its work. */
    public static void failOnCall(String method, int n) {
        failOnCall(method, n, null);
    }

    /**
     * Makes the {@code n}-th next call of the ledger's {@code method} for the partition fail after doing its work; the
     * other partitions' calls are not counted, so the failure lands on the same chunk whatever the threads' order.
     */
    public static void failOnCall(String method, int n, @Nullable KeyPartition partition) {
        PARTITION.set(partition);
        CALLS_LEFT.set(n);
        METHOD.set(method);
    }

    /** Disarms. */
    public static void off() {
        METHOD.set(null);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof Ledger ledger) || Proxy.isProxyClass(bean.getClass())) {
            return bean;
        }
        return Proxy.newProxyInstance(Ledger.class.getClassLoader(), new Class<?>[] {Ledger.class}, (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(ledger, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals(METHOD.get()) && counted(args) && CALLS_LEFT.decrementAndGet() == 0) {
                METHOD.set(null);
                throw new IllegalStateException("Injected failure in the middle of a chunk (" + method.getName() + ")");
            }
            return result;
        });
    }

    private static boolean counted(Object[] args) {
        KeyPartition partition = PARTITION.get();
        return partition == null || Arrays.asList(args).contains(partition);
    }
}
