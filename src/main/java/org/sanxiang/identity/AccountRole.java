package org.sanxiang.identity;

/** One role held by an account (row of {@code account_role}). */
record AccountRole(Role role) {
}
