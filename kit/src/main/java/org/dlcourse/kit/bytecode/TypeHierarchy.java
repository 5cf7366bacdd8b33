package org.dlcourse.kit.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The supertypes of classes and where their members are declared, read from class files: the scanned classes
 * first, then whatever a class loader finds (the JDK, the course's libraries). No class is loaded or initialized.
 *
 * <p>It lets a rule on {@code java.lang.Throwable#getStackTrace} see {@code new RuntimeException().getStackTrace()}
 * and a student exception's {@code getStackTrace()}, whose owner in the bytecode is the static type of the receiver,
 * not the class that declares the method. A class that cannot be found has no known supertypes or members.
 */
public final class TypeHierarchy {

    /** A hierarchy that knows no class: rules match the owner named in the bytecode only. */
    public static final TypeHierarchy NONE = new TypeHierarchy(Map.of(), null);

    private final Map<String, byte[]> classes;
    private final ClassLoader loader;
    private final Map<String, Optional<Header>> headers = new HashMap<>();
    private final Map<String, List<String>> supertypes = new HashMap<>();
    private final Map<String, Optional<String>> declaringClasses = new HashMap<>();

    private TypeHierarchy(Map<String, byte[]> classes, ClassLoader loader) {
        this.classes = Map.copyOf(classes);
        this.loader = loader;
    }

    /**
     * The hierarchy of {@code classes} (binary name to class file), whose other supertypes are read through
     * {@code loader}.
     */
    public static TypeHierarchy of(Map<String, byte[]> classes, ClassLoader loader) {
        return new TypeHierarchy(classes, loader);
    }

    /** Every proper supertype of {@code className} (classes and interfaces), nearest first. */
    public synchronized List<String> supertypes(String className) {
        return supertypes.computeIfAbsent(className, this::findSupertypes);
    }

    private List<String> findSupertypes(String className) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(direct(className));
        while (!pending.isEmpty()) {
            String next = pending.removeFirst();
            if (found.add(next)) {
                pending.addAll(direct(next));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The class that declares the member {@code name} with {@code descriptor} that a reference with owner
     * {@code owner} resolves to: the owner itself, else its superclasses, else its interfaces (JVMS §5.4.3.3);
     * empty if none of them is known to declare it.
     */
    public synchronized Optional<String> declaringClass(String owner, String name, String descriptor) {
        return declaringClasses.computeIfAbsent(owner + "#" + name + descriptor,
                key -> findDeclaringClass(owner, name + descriptor));
    }

    private Optional<String> findDeclaringClass(String owner, String member) {
        for (String superclass = owner; superclass != null; superclass = header(superclass)
                .map(Header::superclass).orElse(null)) {
            if (header(superclass).map(header -> header.members().contains(member)).orElse(false)) {
                return Optional.of(superclass);
            }
        }
        return supertypes(owner).stream()
                .filter(type -> header(type).map(header -> header.members().contains(member)).orElse(false))
                .findFirst();
    }

    private List<String> direct(String className) {
        return header(className).map(header -> {
            List<String> direct = new ArrayList<>();
            if (header.superclass() != null) {
                direct.add(header.superclass());
            }
            direct.addAll(header.interfaces());
            return direct;
        }).orElse(List.of());
    }

    private Optional<Header> header(String className) {
        return headers.computeIfAbsent(className, name -> classFile(name).map(Header::read));
    }

    private Optional<byte[]> classFile(String className) {
        byte[] own = classes.get(className);
        if (own != null) {
            return Optional.of(own);
        }
        if (loader == null || className.endsWith("]")) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the class file of " + className, unreadable);
        }
    }

    /** What a class file says about its place in the hierarchy: dotted names; members as name + descriptor. */
    private record Header(String superclass, List<String> interfaces, Set<String> members) {

        static Header read(byte[] classFile) {
            String[] supertypes = {null};
            List<String> interfaces = new ArrayList<>();
            Set<String> members = new HashSet<>();
            new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] implemented) {
                    supertypes[0] = superName == null ? null : Type.getObjectType(superName).getClassName();
                    for (String type : implemented) {
                        interfaces.add(Type.getObjectType(type).getClassName());
                    }
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                               Object value) {
                    members.add(name + descriptor);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    members.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new Header(supertypes[0], List.copyOf(interfaces), Set.copyOf(members));
        }
    }
}
