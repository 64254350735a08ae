package dev.comptoir.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Everything the application under test logs, from every thread, while the capture is open: each line as it would
 * be written (message with its parameters, context values, stack trace). Comptoir's own loggers log at DEBUG
 * meanwhile, so that a secret hidden in a debug line is caught too.
 */
public final class LogCapture implements AutoCloseable {
    private static final String COMPTOIR = "dev.comptoir";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger comptoir = Logger.getLogger(COMPTOIR);
    private final Level comptoirLevel = comptoir.getLevel();
    private final Handler handler = new Handler() {
        private final Formatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ');
            if (record instanceof ExtLogRecord ext) {
                line.append(ext.getFormattedMessage()).append(' ').append(ext.getMdcCopy());
            } else {
                line.append(formatter.formatMessage(record));
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        comptoir.setLevel(Level.FINE);
        root.addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** The lines captured so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        comptoir.setLevel(comptoirLevel);
    }
}
