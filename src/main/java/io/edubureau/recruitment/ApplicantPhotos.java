package io.edubureau.recruitment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.ScannedDocument;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants' photos (issue 16): JPEG or PNG judged by the bytes, not the name, at most
 * {@link #MAX_BYTES} and {@value #MIN_SIDE}–{@value #MAX_SIDE} pixels a side; stored in
 * the database like the other scans; under the same permissions and scope as the
 * application; every read audited.
 */
@Service
class ApplicantPhotos {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MIN_SIDE = 100;

	static final int MAX_SIDE = 4000;

	static final String PHOTO = "recruitment.photo";

	private static final int CHUNK = 500;

	private final RecruitmentManagement recruitment;

	private final AuditManagement audit;

	private final EntityManager em;

	ApplicantPhotos(RecruitmentManagement recruitment, AuditManagement audit, EntityManager em) {
		this.recruitment = recruitment;
		this.audit = audit;
		this.em = em;
	}

	/** What is stored of a photo. */
	record PhotoView(long applicationId, String fileName, String contentType, long size, int width, int height) {
	}

	/** A photo's bytes with its type and name. */
	record PhotoFile(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Stores (or replaces) the photo of an application of the scope, after checking it.
	 */
	@Transactional
	public PhotoView upload(DataScope scope, long roundId, long applicationId, String fileName, byte[] content) {
		RecruitmentApplication a = recruitment.visibleApplication(scope, roundId, applicationId);
		if (content == null || content.length == 0) {
			throw new Rejection("file", "recruitment.photo.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new Rejection("file", "recruitment.photo.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String type = ScannedDocument.contentType(content);
		if (!"image/jpeg".equals(type) && !"image/png".equals(type)) {
			throw new Rejection("file", "recruitment.photo.type");
		}
		int[] size = pixels(content, type);
		if (size == null) {
			throw new Rejection("file", "recruitment.photo.unreadable");
		}
		if (size[0] < MIN_SIDE || size[1] < MIN_SIDE || size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
			throw new Rejection("file", "recruitment.photo.pixels", MIN_SIDE, MAX_SIDE, size[0], size[1]);
		}
		String name = ScannedDocument.safeFileName(fileName, type, "photo");
		ApplicantPhoto photo = em.find(ApplicantPhoto.class, a.getId());
		String before = photo == null ? null : photo.getFileName() + " (" + photo.getSize() + ")";
		if (photo == null) {
			photo = new ApplicantPhoto(a.getId());
			photo.replace(name, type, content.length, size[0], size[1], Actor.current());
			em.persist(photo);
			em.flush();
			em.persist(new ApplicantPhotoContent(a.getId(), content));
		}
		else {
			photo.replace(name, type, content.length, size[0], size[1], Actor.current());
			em.find(ApplicantPhotoContent.class, a.getId()).replace(content);
		}
		audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, PHOTO, a.getId(), a.getName(),
				List.of(new Change("photo", before, name + " (" + content.length + ")"),
						new Change("pixels", null, size[0] + "×" + size[1])));
		return new PhotoView(a.getId(), name, type, content.length, size[0], size[1]);
	}

	/** The photo of an application of the scope; the read is audited. */
	@Transactional(readOnly = true)
	public PhotoFile photo(DataScope scope, long roundId, long applicationId) {
		RecruitmentApplication a = recruitment.visibleApplication(scope, roundId, applicationId);
		ApplicantPhoto photo = em.find(ApplicantPhoto.class, a.getId());
		if (photo == null) {
			throw new NotFound("photo of application " + applicationId);
		}
		byte[] content = em.find(ApplicantPhotoContent.class, a.getId()).getContent();
		audit.recordRead(PHOTO, a.getId(), a.getName(), List.of());
		return new PhotoFile(photo.getFileName(), photo.getContentType(), content);
	}

	/** Which of these applications have a photo (no bytes read). */
	@Transactional(readOnly = true)
	public Set<Long> withPhoto(Collection<Long> applicationIds) {
		Set<Long> found = new HashSet<>();
		List<Long> ids = new ArrayList<>(applicationIds);
		for (int i = 0; i < ids.size(); i += CHUNK) {
			found.addAll(em
				.createQuery("select p.applicationId from ApplicantPhoto p where p.applicationId in :ids", Long.class)
				.setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
				.getResultList());
		}
		return found;
	}

	/**
	 * Width and height from the image's header, after decoding it at a reduced size (a
	 * damaged file fails here, and a huge one costs no memory); null if the bytes are not
	 * a readable image of the type their magic number names.
	 */
	static int[] pixels(byte[] content, String type) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			if (in == null) {
				return null;
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!type.endsWith(format.equals("jpg") ? "jpeg" : format)) {
					return null;
				}
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width > MAX_SIDE || height > MAX_SIDE) {
					return new int[] { width, height };
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / 200);
				param.setSourceSubsampling(step, step, 0, 0);
				reader.read(0, param);
				return new int[] { width, height };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
