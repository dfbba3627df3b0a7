package org.chalkpress.policy;

/** How strongly a finding holds back a publish. Ordered from mildest to strongest. */
public enum Severity {
    INFO, WARN, BLOCK
}
