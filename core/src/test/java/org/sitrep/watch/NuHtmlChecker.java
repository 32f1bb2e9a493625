package org.sitrep.watch;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C's Nu Html Checker (the validator behind validator.w3.org/nu, Maven artifact nu.validator:validator), run
 * in-process with its bundled HTML5 schema: nothing is fetched.
 */
final class NuHtmlChecker {
  private NuHtmlChecker() {}

  /** The checker's errors for an HTML document, each as "line:column message"; warnings and info are left out. */
  static List<String> errors(String html) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // advice, not an error
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " fatal: " + e.getMessage());
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, false, false);
    validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
    return errors;
  }
}
