package cn.xianfeng.organization;

import java.util.Optional;

/**
 * Work of another module that keeps an org from closing (domain: "closing a node that still has members or
 * open work is refused"). Each module with such work implements this; the tree asks all of them.
 */
public interface OpenWork {

    /** The message code saying what is still open under the org at {@code path} (its subtree), if anything. */
    Optional<String> openUnder(String path);
}
