// The consumer ran, Log4j did not complain on the way, and picocli is nowhere in its dependencies.
def log = new File(basedir, 'build.log').text
assert log.contains('classpath-consumer OK: ')
assert !log.contains('could not find a logging provider')
def tree = new File(basedir, 'target/dependency-tree.txt').text
assert tree.contains('org.hotspotatlas:hotspot-atlas-export:jar:')
assert tree.contains('org.apache.poi:poi-ooxml:jar:')
assert !tree.contains('picocli')
