package org.mrfsampler.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.mrfsampler.model.PackedSpins;

/**
 * Streams spin configurations as the frames of a looping, two-colour animated GIF: −1 black, +1 white,
 * each spin drawn as a {@code scale × scale} block. Frames are encoded as they arrive, so memory stays at
 * one frame whatever the length of the animation.
 *
 * <p>GIF stores frame delays in hundredths of a second, so the delay is 100/fps rounded, at least 1.
 * Many browsers show delays below 2 (above 50 fps) more slowly than encoded.
 */
public final class GifAnimationWriter implements Closeable {

    private static final String METADATA_FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream output;
    private final int rows;
    private final int cols;
    private final int scale;
    private final int delayCentiseconds;
    private final BufferedImage frame;
    private final byte[] pixels;
    private final int bytesPerPixelRow;
    private boolean first = true;

    /**
     * @param fps frames per second, 1 to 100
     * @param scale pixels per spin along each axis, at least 1
     * @throws IllegalArgumentException if fps or scale is out of range
     */
    public GifAnimationWriter(OutputStream out, int rows, int cols, int scale, int fps) throws IOException {
        if (fps < 1 || fps > 100) {
            throw new IllegalArgumentException("fps must be between 1 and 100, got " + fps);
        }
        if (scale < 1 || (long) rows * scale > 65535 || (long) cols * scale > 65535) {
            throw new IllegalArgumentException("scale must be at least 1 and the image at most 65535 pixels wide");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no GIF image writer");
        }
        this.writer = writers.next();
        this.output = new MemoryCacheImageOutputStream(out);
        this.rows = rows;
        this.cols = cols;
        this.scale = scale;
        this.delayCentiseconds = Math.max(1, Math.round(100f / fps));
        this.frame = new BufferedImage(cols * scale, rows * scale, BufferedImage.TYPE_BYTE_BINARY);
        this.pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
        this.bytesPerPixelRow = (cols * scale + 7) / 8;
        writer.setOutput(output);
        writer.prepareWriteSequence(null);
    }

    /** Encodes one frame from a configuration packed by {@link PackedSpins}. */
    public void writeFrame(byte[] packedSpins) throws IOException {
        java.util.Arrays.fill(pixels, (byte) 0);
        for (int r = 0; r < rows; r++) {
            int rowStart = r * scale * bytesPerPixelRow;
            for (int c = 0; c < cols; c++) {
                if (PackedSpins.spin(packedSpins, r * cols + c) > 0) {
                    for (int x = c * scale; x < (c + 1) * scale; x++) {
                        pixels[rowStart + (x >>> 3)] |= (byte) (0x80 >>> (x & 7));
                    }
                }
            }
            for (int copy = 1; copy < scale; copy++) {
                System.arraycopy(pixels, rowStart, pixels, rowStart + copy * bytesPerPixelRow, bytesPerPixelRow);
            }
        }
        writer.writeToSequence(new IIOImage(frame, null, frameMetadata()), null);
        first = false;
    }

    private IIOMetadata frameMetadata() throws IIOInvalidTreeException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(METADATA_FORMAT);

        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");

        if (first) {
            // The NETSCAPE2.0 application extension with a loop count of 0 makes viewers loop forever.
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(METADATA_FORMAT, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /** Writes the GIF trailer and flushes; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            output.flush();
        } finally {
            writer.dispose();
            output.close();
        }
    }
}
