package dev.groundwork.graph.schema;

import dev.groundwork.graph.UnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files under one directory of the classpath, across every jar and class folder that has it:
 * how each module contributes its ontology ({@code ontologies/*.ttl}) or GraphQL schema file
 * ({@code graphql/*.graphqls}) without a central list. Stateless and thread-safe.
 *
 * <pre>{@code
 * for (ClasspathDirectory.Entry e : ClasspathDirectory.list("graphql", ".graphqls")) { parse(e.text()); }
 * }</pre>
 */
public final class ClasspathDirectory {
    private ClasspathDirectory() {}

    /**
     * One file found on the classpath.
     *
     * @param name the file name, e.g. {@code core.ttl}
     * @param url where it was found
     */
    public record Entry(String name, URL url) {
        /** The file's content as UTF-8 text. */
        public String text() {
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UnavailableException("cannot read classpath resource " + url + ": " + e.getMessage(), e);
            }
        }
    }

    /** The files directly in {@code directory} whose names end with {@code suffix}, sorted by name. */
    public static List<Entry> list(String directory, String suffix) {
        TreeMap<String, Entry> found = new TreeMap<>();
        try {
            Enumeration<URL> roots = ClasspathDirectory.class.getClassLoader().getResources(directory);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (Entry e : listRoot(root, directory, suffix)) {
                    found.putIfAbsent(e.name(), e);
                }
            }
        } catch (IOException e) {
            throw new UnavailableException("cannot list classpath directory " + directory + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(found.values());
    }

    private static List<Entry> listRoot(URL root, String directory, String suffix) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                    entries.add(new Entry(p.getFileName().toString(), p.toUri().toURL()));
                }
            } catch (URISyntaxException | UncheckedIOException e) {
                throw new IOException(e);
            }
        } else if ("jar".equals(root.getProtocol())) {
            var connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            String prefix = directory.endsWith("/") ? directory : directory + "/";
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry je : java.util.Collections.list(jar.entries())) {
                    String name = je.getName();
                    if (name.startsWith(prefix) && name.endsWith(suffix) && name.indexOf('/', prefix.length()) < 0) {
                        String base = name.substring(prefix.length());
                        entries.add(new Entry(base, child(root, base)));
                    }
                }
            }
        }
        return entries;
    }

    private static URL child(URL directory, String name) throws IOException {
        String base = directory.toExternalForm();
        return java.net.URI.create(base.endsWith("/") ? base + name : base + "/" + name).toURL();
    }
}
