/** The consumer as a module: sakip-core is read from the module path. */
module contoh.dinassosial {
    requires io.github.sakip.core;

    exports contoh.dinassosial;
}
