package ai.fvgs.video;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ai.fvgs.video.internal.FrameCheck;
import ai.fvgs.video.internal.PngEncoder;
import ai.fvgs.video.internal.StagedFile;

/**
 * Writes frames as numbered PNG files into a folder: {@code frame_000001.png}, {@code frame_000002.png}, ...
 * (the prefix can be chosen, for guidance sequences such as {@code depth_000001.png}). Each file is written
 * under a hidden temporary name and renamed when complete, so a reader of the folder sees only whole frames.
 * With {@link VideoSpec#alpha()} the files are RGBA, otherwise RGB. The encoder uses zlib level 1: fast, and
 * still lossless.
 *
 * <p>To keep two renders from mixing, the folder must not already contain files of the same numbered pattern.
 * {@link #abort()}, or a failed write, deletes every file this writer wrote. Not thread-safe.
 */
public final class PngSequenceWriter implements VideoWriter {

    /** The default file name prefix. */
    public static final String DEFAULT_PREFIX = "frame_";

    private static final int ZLIB_LEVEL = 1;

    private final Path folder;
    private final String prefix;
    private final VideoSpec spec;
    private final PngEncoder encoder = new PngEncoder(ZLIB_LEVEL);
    private final List<Path> written = new ArrayList<>();
    private boolean closed;
    private boolean aborted;

    private PngSequenceWriter(Path folder, String prefix, VideoSpec spec) {
        this.folder = folder;
        this.prefix = prefix;
        this.spec = spec;
    }

    /**
     * Opens a writer with the prefix {@value #DEFAULT_PREFIX}.
     *
     * @param folder the folder to write to; created if missing
     * @param spec   a {@link VideoFormat#PNG_SEQUENCE} spec
     * @return the writer
     * @throws IllegalArgumentException if the spec is not a PNG sequence
     * @throws VideoException           if the folder cannot be created or already holds such a sequence
     */
    public static PngSequenceWriter open(Path folder, VideoSpec spec) throws VideoException {
        return open(folder, DEFAULT_PREFIX, spec);
    }

    /**
     * Opens a writer.
     *
     * @param folder the folder to write to; created if missing
     * @param prefix the start of each file name, letters, digits, {@code _}, {@code -} or {@code .}
     * @param spec   a {@link VideoFormat#PNG_SEQUENCE} spec
     * @return the writer
     * @throws IllegalArgumentException if the spec is not a PNG sequence or the prefix is not allowed
     * @throws VideoException           if the folder cannot be created or already holds such a sequence
     */
    public static PngSequenceWriter open(Path folder, String prefix, VideoSpec spec) throws VideoException {
        if (spec.format() != VideoFormat.PNG_SEQUENCE) {
            throw new IllegalArgumentException("format " + spec.format() + " is not " + VideoFormat.PNG_SEQUENCE);
        }
        if (!prefix.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("prefix '" + prefix + "' is not allowed; use 1 to 64 letters, digits, _, - or .");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new VideoException(absolute, "cannot create the folder for the PNG sequence (" + e + ")", e);
        }
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "\\d{6,}\\.png");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(absolute)) {
            for (Path f : files) {
                if (numbered.matcher(f.getFileName().toString()).matches()) {
                    throw new VideoException(absolute, "already holds a PNG sequence (" + f.getFileName()
                            + "); choose an empty folder or delete the " + prefix + "*.png files first");
                }
            }
        } catch (IOException e) {
            if (e instanceof VideoException ve) {
                throw ve;
            }
            throw new VideoException(absolute, "cannot list the folder (" + e + ")", e);
        }
        return new PngSequenceWriter(absolute, prefix, spec);
    }

    /**
     * @param index 1-based frame number
     * @return the file name of that frame, such as {@code frame_000001.png}
     */
    public String fileName(int index) {
        return String.format("%s%06d.png", prefix, index);
    }

    @Override
    public VideoSpec spec() {
        return spec;
    }

    @Override
    public Path output() {
        return folder;
    }

    @Override
    public int framesWritten() {
        return written.size();
    }

    @Override
    public void write(int[] argb, int width, int height) throws VideoException {
        if (closed || aborted) {
            throw new IllegalStateException("the PNG sequence writer for " + folder + " is already " + (closed ? "closed" : "aborted"));
        }
        FrameCheck.require(spec, argb, width, height);
        StagedFile file = StagedFile.create(folder.resolve(fileName(written.size() + 1)));
        try {
            Files.write(file.temp(), encoder.encode(argb, width, height, spec.alpha()));
        } catch (IOException | RuntimeException e) {
            file.discard();
            abort();
            throw new VideoException(file.target(), "cannot write the PNG frame (" + e + ")", e);
        }
        try {
            file.commit();
        } catch (VideoException e) {
            abort();
            throw e;
        }
        written.add(file.target());
    }

    @Override
    public void close() throws VideoException {
        if (closed) {
            return;
        }
        if (aborted) {
            throw new VideoException(folder, "the PNG sequence was aborted; its frames were deleted");
        }
        closed = true;
        encoder.close();
        if (written.isEmpty()) {
            throw new VideoException(folder, "no frames were written; the PNG sequence is empty");
        }
    }

    @Override
    public void abort() {
        if (closed || aborted) {
            return;
        }
        aborted = true;
        encoder.close();
        for (Path f : written) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                System.getLogger(PngSequenceWriter.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot delete " + f + ": " + e);
            }
        }
        written.clear();
    }
}
