package org.ctios.protocol.types;

/**
 * One CTI client that has worked on a call, from the repeated floating group CTIClientSignature (tag 23) and
 * CTIClientTimestamp (tag 24). An absent member is {@code null}.
 *
 * @param ctiClientTimestamp seconds since 1970 (TIME)
 */
public record CtiClientEntry(String ctiClientSignature, Long ctiClientTimestamp) {
}
