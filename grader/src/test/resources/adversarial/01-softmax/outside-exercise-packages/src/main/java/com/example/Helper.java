package com.example;

/** A class of the adversarial corpus that takes a protected name. */
public final class Helper {
}
