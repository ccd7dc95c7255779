package ai.fvgs.motion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the BVH motion-capture format (HIERARCHY and MOTION sections); errors name the line. */
public final class BvhParser {

    private static final Set<String> CHANNELS = Set.of("Xposition", "Yposition", "Zposition", "Xrotation", "Yrotation", "Zrotation");

    private final String source;
    private final String[] lines;
    private int line;
    private List<String> tokens = new ArrayList<>();
    private int next;

    private BvhParser(String source, String text) {
        this.source = source;
        this.lines = text.split("\r?\n", -1);
    }

    /**
     * @param source a name for messages, usually the file name
     * @param text   the file's content
     * @return the parsed skeleton and frames
     * @throws IllegalArgumentException naming the source, the line and what was expected
     */
    public static BvhSkeleton parse(String source, String text) {
        return new BvhParser(source, text).parse();
    }

    private BvhSkeleton parse() {
        BvhSkeleton bvh = new BvhSkeleton();
        expect("HIERARCHY");
        expect("ROOT");
        joint(bvh, -1, word("a joint name"));
        expect("MOTION");
        expect("Frames:");
        int frames = integer("the frame count");
        expect("Frame");
        expect("Time:");
        bvh.frameTime = number("the frame time");
        if (frames < 1 || !(bvh.frameTime > 0)) {
            throw error("Frames must be at least 1 and Frame Time positive");
        }
        int channels = bvh.joints.stream().mapToInt(j -> j.channels().size()).sum();
        bvh.frames = new double[frames][channels];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                bvh.frames[f][c] = number("value " + (c + 1) + " of " + channels + " in frame " + (f + 1));
            }
        }
        return bvh;
    }

    private void joint(BvhSkeleton bvh, int parent, String name) {
        expect("{");
        expect("OFFSET");
        double[] offset = { number("offset x"), number("offset y"), number("offset z") };
        List<String> channels = new ArrayList<>();
        if (peek("CHANNELS")) {
            next();
            int n = integer("the channel count");
            for (int i = 0; i < n; i++) {
                String ch = word("a channel name");
                if (!CHANNELS.contains(ch)) {
                    throw error("unknown channel '" + ch + "'; allowed: " + CHANNELS);
                }
                channels.add(ch);
            }
        }
        int first = bvh.joints.stream().mapToInt(j -> j.channels().size()).sum();
        int index = bvh.joints.size();
        bvh.joints.add(new BvhSkeleton.BvhJoint(name.replaceFirst("^.*:", ""), parent, offset, List.copyOf(channels), first));
        while (!peek("}")) {
            String word = word("JOINT, End Site or }");
            if (word.equals("JOINT")) {
                joint(bvh, index, word("a joint name"));
            } else if (word.equals("End")) {
                expect("Site");
                expect("{");
                expect("OFFSET");
                number("offset x");
                number("offset y");
                number("offset z");
                expect("}");
            } else {
                throw error("expected JOINT, End Site or }, found '" + word + "'");
            }
        }
        next();
    }

    private boolean peek(String word) {
        fill();
        return next < tokens.size() && tokens.get(next).equals(word);
    }

    private String next() {
        fill();
        if (next >= tokens.size()) {
            throw error("unexpected end of file");
        }
        return tokens.get(next++);
    }

    private void fill() {
        while (next >= tokens.size() && line < lines.length) {
            tokens = List.of(lines[line++].trim().split("\\s+"));
            if (tokens.size() == 1 && tokens.get(0).isEmpty()) {
                tokens = List.of();
            }
            next = 0;
        }
    }

    private void expect(String word) {
        String got = next();
        if (!got.equals(word)) {
            throw error("expected '" + word + "', found '" + got + "'");
        }
    }

    private String word(String what) {
        return next();
    }

    private int integer(String what) {
        String t = next();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw error("expected " + what + " (a whole number), found '" + t + "'");
        }
    }

    private double number(String what) {
        String t = next();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("expected " + what + " (a number), found '" + t + "'");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(source + ":" + line + ": " + message);
    }

}
