/**
 * How every part of the web tier answers an error: RFC 9457 problem details ({@link org.ctios.web.problems.Problem}
 * and its kinds), written by a JAX-RS exception mapper for the REST API or straight to a servlet response
 * ({@link org.ctios.web.problems.ProblemWriter}) for sign-in, the event streams and the cluster's forwarding; and the
 * mappers of the exceptions that come from outside the web tier (the object server's, the CTI connector's, JAX-RS's
 * and Bean Validation's). It depends on no other part of the web tier, so that every part may use it: an exception
 * of one part is answered beside it ({@code security.AccessDeniedMapper}, {@code api.input}'s mappers).
 */
package org.ctios.web.problems;
