package org.sitrep.bench; public class BenchMain { public static void main(String[] a){} }
