/** A library user on the module path. */
module org.hotspotatlas.it.modulepath {
    requires org.hotspotatlas.export;
}
