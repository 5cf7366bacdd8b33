/**
 * Reference values from PyTorch, neural-tangents and e3nn (float64), copied into test resources with
 * their provenance, and read as ND4J arrays.
 */
package org.dlcourse.kit.reference;
