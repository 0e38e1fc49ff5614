def log = new File(basedir, 'build.log').text
assert log.contains('core-consumer OK: ')
