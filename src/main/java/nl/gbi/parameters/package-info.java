/**
 * The adapter that reads the national parameter table ({@code participatiewet-parameters.txt}) from the classpath.
 * It does the I/O the pure {@code nl.gbi.calculation} core may not do; it depends only on that core and {@code java.*}.
 */
package nl.gbi.parameters;
