package org.hotspotatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;

/**
 * Every public type, constructor, method and field of the published packages (core, export and
 * examples) has a Javadoc summary: a first sentence of its own, not only {@code @param}/{@code
 * @return} tags (which leave the summary tables of the API docs blank). The javadoc tool's doclint, on in the release build,
 * finds comments that are missing altogether; this finds the empty ones, which doclint does not.
 * Methods marked {@code @Override} inherit their documentation from this project's types and are
 * not checked, except {@code equals}, {@code hashCode}, {@code toString} and {@code compareTo}:
 * javadoc does not copy the JDK's text, so those need a summary of their own (or an enclosing
 * type of the same file that documents the method, as a sealed interface does for its records).
 */
class JavadocSummaryTest {

    /**
     * Source roots of the published modules (tests run in the export module's directory); the
     * examples module's javadoc jar is published too.
     */
    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"),
            Path.of("../examples/src/main/java"));

    /** Methods whose documentation would come from the JDK, which javadoc does not copy. */
    private static final Set<String> FROM_THE_JDK = Set.of("equals", "hashCode", "toString", "compareTo");

    /** Packages that the modules do not export: not API, so not in the API docs. */
    private static final Set<String> INTERNAL = Set.of("org.hotspotatlas.export.cli", "org.hotspotatlas.export.logging");

    @Test
    void everyPublicElementHasASummary() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 40, "found the sources: " + files.size());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> blank = new ArrayList<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
                    fm.getJavaFileObjectsFromPaths(files));
            DocTrees docs = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                if (INTERNAL.contains(pkg)) {
                    continue;
                }
                new Scanner(docs, unit, blank).scan(new TreePath(unit), null);
            }
        }
        assertEquals(List.of(), blank, blank.size() + " public elements have no Javadoc summary");
    }

    /** Walks the public API of one file and notes each element whose summary is empty. */
    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final CompilationUnitTree unit;
        private final List<String> blank;

        Scanner(DocTrees docs, CompilationUnitTree unit, List<String> blank) {
            this.docs = docs;
            this.unit = unit;
            this.blank = blank;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            if (!visible(tree.getModifiers(), getCurrentPath())) {
                return null;
            }
            check(tree.getSimpleName().toString());
            return super.visitClass(tree, unused);
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            boolean overrides = tree.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().endsWith("Override"));
            String name = tree.getName().toString();
            boolean mustSay = !overrides || (FROM_THE_JDK.contains(name) && !documentedAbove(name));
            if (visible(tree.getModifiers(), getCurrentPath()) && mustSay) {
                check(name + "()");
            }
            return null;
        }

        /** Whether an enclosing type declares a method of that name with a summary of its own. */
        private boolean documentedAbove(String method) {
            TreePath type = getCurrentPath().getParentPath();
            for (TreePath outer = type.getParentPath(); outer != null; outer = outer.getParentPath()) {
                if (outer.getLeaf() instanceof ClassTree c) {
                    for (Tree member : c.getMembers()) {
                        if (member instanceof MethodTree m && m.getName().contentEquals(method)) {
                            DocCommentTree doc = docs.getDocCommentTree(new TreePath(outer, m));
                            if (doc != null && !doc.getFirstSentence().isEmpty()) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            boolean member = parent instanceof ClassTree;
            boolean enumConstant = member && ((ClassTree) parent).getKind() == Tree.Kind.ENUM
                    && tree.getInitializer() != null && tree.getInitializer().getKind() == Tree.Kind.NEW_CLASS;
            if (member && (enumConstant || visible(tree.getModifiers(), getCurrentPath()))) {
                check(tree.getName().toString());
            }
            return null;
        }

        /** Public, or implicitly public inside an interface, and every enclosing type as well. */
        private static boolean visible(ModifiersTree modifiers, TreePath path) {
            Tree parent = path.getParentPath().getLeaf();
            boolean inInterface = parent instanceof ClassTree c
                    && (c.getKind() == Tree.Kind.INTERFACE || c.getKind() == Tree.Kind.ANNOTATION_TYPE);
            boolean open = modifiers.getFlags().contains(Modifier.PUBLIC)
                    || modifiers.getFlags().contains(Modifier.PROTECTED)
                    || (inInterface && !modifiers.getFlags().contains(Modifier.PRIVATE));
            return open && !(parent instanceof ClassTree c && isRecordComponent(c, path));
        }

        /** Record components are fields in the tree, documented by the record's {@code @param}. */
        private static boolean isRecordComponent(ClassTree owner, TreePath path) {
            return owner.getKind() == Tree.Kind.RECORD && path.getLeaf() instanceof VariableTree v
                    && !v.getModifiers().getFlags().contains(Modifier.STATIC);
        }

        private void check(String name) {
            DocCommentTree comment = docs.getDocCommentTree(getCurrentPath());
            if (comment == null || comment.getFirstSentence().isEmpty()) {
                long line = unit.getLineMap().getLineNumber(docs.getSourcePositions()
                        .getStartPosition(unit, getCurrentPath().getLeaf()));
                blank.add(unit.getSourceFile().getName().replaceFirst(".*/src/main/java/", "") + ":" + line + " " + name);
            }
        }
    }
}
