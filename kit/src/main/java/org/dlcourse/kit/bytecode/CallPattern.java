package org.dlcourse.kit.bytecode;

/**
 * The parsed form of a {@link CallRule#call()} pattern.
 *
 * @param scope how much the pattern covers
 * @param name the class name (for {@link Scope#MEMBER} and {@link Scope#CLASS}) or package name
 * @param member the member name for {@link Scope#MEMBER}, otherwise empty
 */
record CallPattern(Scope scope, String name, String member) {

    /** How much a pattern covers. */
    enum Scope {
        /** {@code pkg.Class#name}: methods and fields of that name declared by the class. */
        MEMBER,
        /** {@code pkg.Class} or {@code pkg.Class#*}: any use of the class. */
        CLASS,
        /** {@code pkg.*}: any use of a class directly in the package (nested classes included). */
        PACKAGE,
        /** {@code pkg.**}: any use of a class in the package or its sub-packages. */
        PACKAGE_TREE
    }

    private static final String SYNTAX = "use pkg.Class#method, pkg.Class#*, pkg.Class, pkg.* or pkg.**";

    /**
     * Parses {@code call}.
     *
     * @throws IllegalArgumentException naming the pattern and the accepted forms if it is malformed
     */
    static CallPattern parse(String call) {
        int hash = call.indexOf('#');
        if (hash >= 0) {
            String type = call.substring(0, hash);
            String member = call.substring(hash + 1);
            requireName(call, type);
            if (member.equals("*")) {
                return new CallPattern(Scope.CLASS, type, "");
            }
            if (!isIdentifier(member) && !member.equals("<init>") && !member.equals("<clinit>")) {
                throw malformed(call, "'" + member + "' is not a method or field name");
            }
            return new CallPattern(Scope.MEMBER, type, member);
        }
        if (call.endsWith(".**")) {
            return new CallPattern(Scope.PACKAGE_TREE, requireName(call, call.substring(0, call.length() - 3)), "");
        }
        if (call.endsWith(".*")) {
            return new CallPattern(Scope.PACKAGE, requireName(call, call.substring(0, call.length() - 2)), "");
        }
        return new CallPattern(Scope.CLASS, requireName(call, call), "");
    }

    /** Whether {@code reference} falls under this pattern. */
    boolean matches(CodeReference reference) {
        String owner = reference.owner();
        return switch (scope) {
            case MEMBER -> reference.kind() != ReferenceKind.TYPE && owner.equals(name)
                    && reference.name().equals(member);
            case CLASS -> owner.equals(name);
            case PACKAGE -> packageOf(owner).equals(name);
            case PACKAGE_TREE -> packageOf(owner).equals(name) || owner.startsWith(name + ".");
        };
    }

    /**
     * Whether {@code reference} falls under this pattern once inheritance is taken into account: a member pattern
     * {@code C#m} also covers {@code m} on any subtype of {@code C} (an override or the inherited member), and a
     * class pattern also covers a member the owner inherits from that class ({@code PropertyResourceBundle.getBundle}
     * is {@code ResourceBundle}'s). Package patterns do not look at supertypes: public JDK classes inherit from
     * internal ones ({@code SplittableRandom} from {@code jdk.internal.util.random}).
     */
    boolean matches(CodeReference reference, TypeHierarchy hierarchy) {
        if (matches(reference)) {
            return true;
        }
        if (reference.kind() == ReferenceKind.TYPE) {
            return false;
        }
        return switch (scope) {
            case MEMBER -> reference.name().equals(member)
                    && hierarchy.supertypes(reference.owner()).contains(name);
            case CLASS -> hierarchy.declaringClass(reference.owner(), reference.name(), reference.descriptor())
                    .filter(name::equals)
                    .isPresent();
            case PACKAGE, PACKAGE_TREE -> false;
        };
    }

    /** Whether this pattern names {@code className} or its package: then the class may be used as a type. */
    boolean coversType(String className) {
        return switch (scope) {
            case MEMBER, CLASS -> className.equals(name);
            case PACKAGE, PACKAGE_TREE -> matches(CodeReference.type("", "", -1, className));
        };
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** Checks a dotted name of Java identifiers, e.g. {@code org.nd4j.linalg} or {@code a.Outer$Inner}. */
    private static String requireName(String call, String dottedName) {
        for (String part : dottedName.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                throw malformed(call, "'" + dottedName + "' is not a dotted class or package name");
            }
        }
        return dottedName;
    }

    private static boolean isIdentifier(String text) {
        if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
            return false;
        }
        return text.chars().allMatch(Character::isJavaIdentifierPart);
    }

    private static IllegalArgumentException malformed(String call, String problem) {
        return new IllegalArgumentException("malformed call pattern '" + call + "': " + problem + "; " + SYNTAX);
    }
}
