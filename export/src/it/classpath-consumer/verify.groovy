import java.util.zip.ZipFile

// The consumer ran, Log4j did not complain on the way, and picocli is nowhere in its dependencies.
def log = new File(basedir, 'build.log').text
assert log.contains('classpath-consumer OK: ')
assert !log.contains('could not find a logging provider')
def tree = new File(basedir, 'target/dependency-tree.txt').text
assert tree.contains('org.hotspotatlas:hotspot-atlas-export:jar:')
assert tree.contains('org.apache.poi:poi-ooxml:jar:')
assert !tree.contains('picocli')

// The runnable jar next door (export/target/hotspot-atlas.jar) keeps, for every library it
// bundles (this consumer's runtime dependencies, plus picocli), a licence folder of its own.
def jar = new File(basedir, '../../hotspot-atlas.jar').canonicalFile
assert jar.isFile()
def bundled = (tree =~ /(?m)[-+\\| ]+[^:\s]+:([^:\s]+):jar:[^:\s]+:(?:compile|runtime)/)
        .collect { it[1] }.findAll { !it.startsWith('hotspot-atlas-') } + ['picocli']
assert bundled.size() > 10
new ZipFile(jar).withCloseable { zip ->
    def names = zip.entries().collect { it.name }
    def missing = bundled.findAll { a -> !names.any { it.startsWith("META-INF/licenses/${a}/") && !it.endsWith('/') } }
    assert missing.isEmpty() : "no META-INF/licenses/<artifactId>/ in ${jar} for ${missing}"
    assert names.contains('META-INF/LICENSE') && names.contains('META-INF/NOTICE')
    assert names.contains('picocli/CommandLine.class')
}

// And it runs.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def run = [java, '-XX:TieredStopAtLevel=1', '-jar', jar.path, '--version'].execute()
def out = new StringBuilder(), err = new StringBuilder()
run.waitForProcessOutput(out, err)
assert run.exitValue() == 0 : err
assert out.toString().startsWith('hotspot-atlas ') : out
