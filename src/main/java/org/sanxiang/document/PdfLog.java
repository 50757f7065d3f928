package org.sanxiang.document;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log (java.util.logging on the console by default, several lines
 * per document) to the application's log under {@code com.openhtmltopdf}, where it is
 * filtered like every other library's.
 */
final class PdfLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	private PdfLog() {
	}

	static void install() {
		if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
			XRLog.setLoggerImpl(new PdfLog());
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable th) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, message, th);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, th);
		}
		else {
			log.debug("{}: {}", where, message, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Level level = diagnostic.getLevel();
		return (level.intValue() >= Level.WARNING.intValue()) || log.isDebugEnabled();
	}

}
