package org.twinninglive.media;

import java.util.EnumSet;
import java.util.Set;
import org.twinninglive.platform.InvalidInputException;

/**
 * What an upload may be, by what it is for: its largest size and the kinds of file it may be
 * (always by content, {@link FileType}). A picture is always re-encoded, with a thumbnail, so
 * that nothing but its pixels is kept.
 */
public enum UploadPolicy {

    /** A file attached to a message, post or forum reply: documents, pictures and plain text up to 10 MB. */
    ATTACHMENT(10, EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.GIF, FileType.WEBP, FileType.TEXT,
            FileType.DOCX, FileType.XLSX, FileType.PPTX, FileType.ODT, FileType.ODS, FileType.ODP),
            new ImageRecoding.Sizes(2048, 320, false, false),
            "file.notAccepted", "a PDF, a JPEG, PNG, GIF or WebP picture, a plain text in UTF-8, or a Word, Excel,"
            + " PowerPoint or OpenDocument file"),
    /** A picture shown in a page (a post's or a project's image): up to 5 MB, at most 2048 px, thumbnail 320 px. */
    IMAGE(5, EnumSet.of(FileType.JPEG, FileType.PNG, FileType.GIF, FileType.WEBP),
            new ImageRecoding.Sizes(2048, 320, false, false),
            "file.notAnImage", "a JPEG, PNG, GIF or WebP picture"),
    /** A profile photo, by the rules of people.PhotoProcessing: a JPEG of at most 512 px, a 96 px square thumbnail. */
    PHOTO(5, EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP),
            new ImageRecoding.Sizes(512, 96, true, true),
            "file.notAPhoto", "a JPEG, PNG or WebP picture"),
    /**
     * A document of an event's archive (E5): a PDF, an office document or a picture, up to 20 MB;
     * pictures at most 2048 px, thumbnail 320 px. No plain text: an archive keeps documents.
     */
    DOCUMENT(20, EnumSet.of(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.PPTX, FileType.ODT, FileType.ODS,
            FileType.ODP, FileType.JPEG, FileType.PNG, FileType.GIF, FileType.WEBP),
            new ImageRecoding.Sizes(2048, 320, false, false),
            "file.notADocument", "a PDF, a Word, Excel, PowerPoint or OpenDocument file, or a JPEG, PNG, GIF or WebP"
            + " picture");

    private static final int MEGABYTE = 1024 * 1024;

    private final int megabytes;
    private final Set<FileType> types;
    private final ImageRecoding.Sizes sizes;
    private final String refusalKey;
    private final String accepted;

    UploadPolicy(int megabytes, Set<FileType> types, ImageRecoding.Sizes sizes, String refusalKey, String accepted) {
        this.megabytes = megabytes;
        this.types = types;
        this.sizes = sizes;
        this.refusalKey = refusalKey;
        this.accepted = accepted;
    }

    /**
     * The use a client names ({@code attachment}, the default, {@code image} or {@code document}).
     * A profile photo has its own address and is no use of the files API.
     */
    public static UploadPolicy ofUse(String use) {
        if (use == null || use.isBlank() || use.strip().equalsIgnoreCase("attachment")) {
            return ATTACHMENT;
        }
        if (use.strip().equalsIgnoreCase("image")) {
            return IMAGE;
        }
        if (use.strip().equalsIgnoreCase("document")) {
            return DOCUMENT;
        }
        throw new InvalidInputException("use", "use must be attachment, image or document.");
    }

    /** The largest upload, in bytes. */
    public int maxBytes() {
        return megabytes * MEGABYTE;
    }

    public Set<FileType> types() {
        return Set.copyOf(types);
    }

    /** Whether a stored file of this MIME type is one this use takes (a file uploaded for another use). */
    public boolean takes(String mimeType) {
        return FileType.ofMimeType(mimeType).filter(types::contains).isPresent();
    }

    /** The largest of every use's uploads, in megabytes: the doors' own limits are just above it. */
    public static int largestMegabytes() {
        int largest = 0;
        for (UploadPolicy use : values()) {
            largest = Math.max(largest, use.megabytes);
        }
        return largest;
    }

    /**
     * Checks an upload and makes what is kept of it: refuses, naming the field {@code file} and
     * the reason, one that is empty, too large or of a kind this use does not take.
     */
    AcceptedUpload accept(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw (InvalidInputException) new InvalidInputException(FileType.FIELD, "Choose a file to upload.")
                    .shownAs("file.missing");
        }
        if (content.length > maxBytes()) {
            throw tooLarge();
        }
        FileType found = FileType.of(content).orElse(null);
        if (found == null || !types.contains(found)) {
            String what = found == null ? "of no kind accepted here" : found.label();
            throw (InvalidInputException) new InvalidInputException(FileType.FIELD, "The file is " + what
                    + " (by its content, whatever its name); send " + accepted + ".").shownAs(refusalKey);
        }
        if (found.isImage()) {
            var recoded = ImageRecoding.recode(content, found, sizes);
            return new AcceptedUpload(FileName.corrected(fileName, recoded.type()), recoded.type(), recoded.image(),
                    recoded.thumbnail());
        }
        return new AcceptedUpload(FileName.corrected(fileName, found), found, content, null);
    }

    InvalidInputException tooLarge() {
        return (InvalidInputException) new InvalidInputException(FileType.FIELD, "The file is larger than "
                + megabytes + " MB.").shownAs("file.tooLarge", megabytes);
    }
}
