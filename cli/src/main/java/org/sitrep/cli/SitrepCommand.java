package org.sitrep.cli; public class SitrepCommand { public static void main(String[] a){} }
