// The library ran as a module without picocli, the command line ran with it, and Log4j kept quiet.
def log = new File(basedir, 'build.log').text
assert log.contains('modulepath-consumer OK: ')
assert log =~ /(?m)^hotspot-atlas \S+$/
assert !log.contains('could not find a logging provider')
