package org.sanxiang.browser;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A real, playable MP4 made without an encoder: H.264 Constrained Baseline, every frame
 * an IDR picture of uncompressed ({@code I_PCM}) macroblocks — a moving diagonal gradient
 * — in an ISO base media file with its {@code moov} before the {@code mdat}.
 * Uncompressed, the file is large for its length (about 115 KiB a frame at 320×240),
 * which is what a test of a chunked upload wants.
 */
final class PlayableMp4 {

	static final int WIDTH = 320;

	static final int HEIGHT = 240;

	private static final int TIMESCALE = 1000;

	private PlayableMp4() {
	}

	/** A video of {@code frames} frames at {@code fps} frames a second. */
	static byte[] video(int frames, int fps) {
		byte[] sps = nal(0x67, sps());
		byte[] pps = nal(0x68, pps());
		byte[][] samples = new byte[frames][];
		for (int frame = 0; frame < frames; frame++) {
			byte[] slice = nal(0x65, idrSlice(frame));
			samples[frame] = ByteBuffer.allocate(4 + slice.length).putInt(slice.length).put(slice).array();
		}
		int delta = TIMESCALE / fps;
		byte[] ftyp = box("ftyp", ascii("isom"), u32(512), ascii("isomiso2avc1mp41"));
		int moovSize = moov(sps, pps, samples, delta, 0).length;
		byte[] moov = moov(sps, pps, samples, delta, ftyp.length + moovSize + 8);
		return concat(ftyp, moov, box("mdat", samples));
	}

	// H.264 (ITU-T H.264 7.3.2.1, 7.3.2.2, 7.3.3, 7.3.5)

	private static byte[] sps() {
		Bits bits = new Bits();
		bits.u(8, 66); // profile_idc: Baseline
		bits.u(8, 0xC0); // constraint_set0 and set1: Constrained Baseline
		bits.u(8, 30); // level_idc 3.0
		bits.ue(0); // seq_parameter_set_id
		bits.ue(0); // log2_max_frame_num_minus4
		bits.ue(2); // pic_order_cnt_type: output order is decoding order
		bits.ue(1); // max_num_ref_frames
		bits.u(1, 0); // gaps_in_frame_num_value_allowed_flag
		bits.ue(WIDTH / 16 - 1);
		bits.ue(HEIGHT / 16 - 1);
		bits.u(1, 1); // frame_mbs_only_flag
		bits.u(1, 1); // direct_8x8_inference_flag
		bits.u(1, 0); // frame_cropping_flag
		bits.u(1, 0); // vui_parameters_present_flag
		return bits.trailing();
	}

	private static byte[] pps() {
		Bits bits = new Bits();
		bits.ue(0); // pic_parameter_set_id
		bits.ue(0); // seq_parameter_set_id
		bits.u(1, 0); // entropy_coding_mode_flag: CAVLC
		bits.u(1, 0); // bottom_field_pic_order_in_frame_present_flag
		bits.ue(0); // num_slice_groups_minus1
		bits.ue(0); // num_ref_idx_l0_default_active_minus1
		bits.ue(0); // num_ref_idx_l1_default_active_minus1
		bits.u(1, 0); // weighted_pred_flag
		bits.u(2, 0); // weighted_bipred_idc
		bits.se(0); // pic_init_qp_minus26
		bits.se(0); // pic_init_qs_minus26
		bits.se(0); // chroma_qp_index_offset
		bits.u(1, 0); // deblocking_filter_control_present_flag
		bits.u(1, 0); // constrained_intra_pred_flag
		bits.u(1, 0); // redundant_pic_cnt_present_flag
		return bits.trailing();
	}

	private static byte[] idrSlice(int frame) {
		Bits bits = new Bits();
		bits.ue(0); // first_mb_in_slice
		bits.ue(7); // slice_type: I (every slice of the picture)
		bits.ue(0); // pic_parameter_set_id
		bits.u(4, 0); // frame_num
		bits.ue(frame % 2); // idr_pic_id: differs between consecutive IDR pictures
		bits.u(1, 0); // no_output_of_prior_pics_flag
		bits.u(1, 0); // long_term_reference_flag
		bits.se(0); // slice_qp_delta
		for (int mbY = 0; mbY < HEIGHT / 16; mbY++) {
			for (int mbX = 0; mbX < WIDTH / 16; mbX++) {
				bits.ue(25); // mb_type: I_PCM
				bits.align(); // pcm_alignment_zero_bit
				for (int y = 0; y < 16; y++) {
					for (int x = 0; x < 16; x++) {
						// 16..235: studio range, and never a zero byte
						bits.u(8, 16 + Math.floorMod(mbX * 16 + x + mbY * 16 + y - 12 * frame, 220));
					}
				}
				for (int plane = 0; plane < 2; plane++) {
					for (int i = 0; i < 64; i++) {
						bits.u(8, (plane == 0) ? 90 + 4 * mbX : 160 - 4 * mbY);
					}
				}
			}
		}
		return bits.trailing();
	}

	/** A NAL unit: header byte and payload with emulation prevention (7.4.1). */
	private static byte[] nal(int header, byte[] rbsp) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(rbsp.length + 16);
		out.write(header);
		int zeros = 0;
		for (byte b : rbsp) {
			if (zeros >= 2 && (b & 0xFF) <= 3) {
				out.write(3);
				zeros = 0;
			}
			out.write(b);
			zeros = (b == 0) ? zeros + 1 : 0;
		}
		return out.toByteArray();
	}

	// ISO/IEC 14496-12 and 14496-15

	private static byte[] moov(byte[] sps, byte[] pps, byte[][] samples, int delta, int mdatPayload) {
		int duration = samples.length * delta;
		byte[] matrix = concat(u32(0x10000), u32(0), u32(0), u32(0), u32(0x10000), u32(0), u32(0), u32(0),
				u32(0x40000000));
		byte[] mvhd = full("mvhd", 0, u32(0), u32(0), u32(TIMESCALE), u32(duration), u32(0x10000), u16(0x100), u16(0),
				u32(0), u32(0), matrix, new byte[24], u32(2));
		byte[] tkhd = full("tkhd", 3, u32(0), u32(0), u32(1), u32(0), u32(duration), u32(0), u32(0), u16(0), u16(0),
				u16(0), u16(0), matrix, u32(WIDTH << 16), u32(HEIGHT << 16));
		byte[] mdhd = full("mdhd", 0, u32(0), u32(0), u32(TIMESCALE), u32(duration), u16(0x55C4), u16(0));
		byte[] hdlr = full("hdlr", 0, u32(0), ascii("vide"), new byte[12], ascii("VideoHandler\0"));
		byte[] vmhd = full("vmhd", 1, u16(0), new byte[6]);
		byte[] dinf = box("dinf", full("dref", 0, u32(1), full("url ", 1)));
		byte[] avcC = box("avcC", new byte[] { 1, 66, (byte) 0xC0, 30, (byte) 0xFF, (byte) 0xE1 }, u16(sps.length), sps,
				new byte[] { 1 }, u16(pps.length), pps);
		byte[] compressor = new byte[32];
		byte[] avc1 = box("avc1", new byte[6], u16(1), u16(0), u16(0), new byte[12], u16(WIDTH), u16(HEIGHT),
				u32(0x00480000), u32(0x00480000), u32(0), u16(1), compressor, u16(0x18), u16(0xFFFF), avcC);
		byte[] stsd = full("stsd", 0, u32(1), avc1);
		byte[] stts = full("stts", 0, u32(1), u32(samples.length), u32(delta));
		byte[] stsc = full("stsc", 0, u32(1), u32(1), u32(samples.length), u32(1));
		byte[][] sizes = new byte[samples.length][];
		for (int i = 0; i < samples.length; i++) {
			sizes[i] = u32(samples[i].length);
		}
		byte[] stsz = full("stsz", 0, u32(0), u32(samples.length), concat(sizes));
		byte[] stco = full("stco", 0, u32(1), u32(mdatPayload));
		byte[] stbl = box("stbl", stsd, stts, stsc, stsz, stco);
		byte[] minf = box("minf", vmhd, dinf, stbl);
		byte[] mdia = box("mdia", mdhd, hdlr, minf);
		return box("moov", mvhd, box("trak", tkhd, mdia));
	}

	private static byte[] box(String type, byte[]... parts) {
		byte[] body = concat(parts);
		return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).put(ascii(type)).put(body).array();
	}

	private static byte[] full(String type, int flags, byte[]... parts) {
		return box(type, u32(flags), concat(parts));
	}

	private static byte[] u32(int value) {
		return ByteBuffer.allocate(4).putInt(value).array();
	}

	private static byte[] u16(int value) {
		return ByteBuffer.allocate(2).putShort((short) value).array();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	/** A big-endian bit writer with Exp-Golomb codes (9.1). */
	private static final class Bits {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private int current;

		private int count;

		void u(int n, int value) {
			for (int i = n - 1; i >= 0; i--) {
				this.current = (this.current << 1) | ((value >>> i) & 1);
				if (++this.count == 8) {
					this.out.write(this.current);
					this.current = 0;
					this.count = 0;
				}
			}
		}

		void ue(int value) {
			int code = value + 1;
			int length = 32 - Integer.numberOfLeadingZeros(code);
			u(length - 1, 0);
			u(length, code);
		}

		void se(int value) {
			ue((value <= 0) ? -2 * value : 2 * value - 1);
		}

		void align() {
			while (this.count != 0) {
				u(1, 0);
			}
		}

		byte[] trailing() {
			u(1, 1);
			align();
			return this.out.toByteArray();
		}

	}

}
