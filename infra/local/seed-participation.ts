import { moderateComment, submitComment } from '#shared/consultation/comments.ts';
import { decideReport, postConsultation, submitReport } from '#shared/consultation/consultations.ts';
import { consultationSettings } from '#shared/consultation/settings.ts';
import { runConsultationTask } from '#shared/consultation/tasks.ts';
import { getConsultation, listConsultations } from '#shared/data/consultations.ts';
import { listDialogues } from '#shared/data/dialogues.ts';
import { advanceDialogueStatus, createDialogue } from '#shared/dialogue/dialogues.ts';
import { answerQuestion, publishQuestion, submitQuestion } from '#shared/dialogue/questions.ts';
import { dialogueSettings } from '#shared/dialogue/settings.ts';
import { type ConsultationInput, commentSubmissionSchema } from '#shared/domain/consultation.ts';
import { dialogueInputSchema, questionSubmissionSchema } from '#shared/domain/dialogue.ts';
import { principalOf } from './seed-feedback.ts';

/**
 * Demo data of issue 9, written for this project and taken through the real services with the clock given
 * to each step: a draft of the Department of Construction open for comment (two chapters, articles and
 * clauses, two published comments), a draft of the Department of Justice concluded with its report, an
 * upcoming dialogue taking questions and an archived one with its questions and answers. The province is the
 * merged Quảng Trị (seat in Đồng Hới; communes and wards, no districts). Each part is left alone when the
 * store has consultations (or dialogues) already, so a restart seeds nothing twice. The local scheduler is
 * not running yet (infra/local/start.ts): the schedules the services file fire after, and find their step
 * done.
 */
const DAY = 86_400_000;
const ip = '127.0.0.1';

const treesDraft = `QUYẾT ĐỊNH
Ban hành Quy định quản lý cây xanh đô thị trên địa bàn tỉnh Quảng Trị

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc quy hoạch, trồng, chăm sóc, bảo vệ và chặt hạ, dịch chuyển cây xanh đô thị tại các phường và các xã có khu vực được quy hoạch đô thị trên địa bàn tỉnh Quảng Trị.
Điều 2. Đối tượng áp dụng
1. Ủy ban nhân dân các phường, xã; đơn vị được giao quản lý cây xanh đô thị.
2. Tổ chức, hộ gia đình, cá nhân có hoạt động liên quan đến cây xanh đô thị trên địa bàn tỉnh.
Điều 3. Giải thích từ ngữ
1. Cây xanh sử dụng công cộng là cây xanh được trồng trên đường phố, trong công viên, vườn hoa, quảng trường và các khu vực công cộng khác.
2. Cây cổ thụ là cây thân gỗ lâu năm có đường kính thân từ 50 cm trở lên hoặc có độ tuổi từ 50 năm trở lên.

Chương II
TRỒNG, CHĂM SÓC VÀ CHẶT HẠ CÂY XANH
Điều 4. Trồng cây xanh trên đường phố
1. Cây trồng trên vỉa hè phải thuộc danh mục cây được khuyến khích trồng do Ủy ban nhân dân tỉnh ban hành.
2. Khoảng cách giữa các cây từ 6 m đến 12 m tùy theo loài cây.
3. Không trồng cây có rễ ăn nổi làm hư hỏng vỉa hè, công trình ngầm.
Điều 5. Chặt hạ, dịch chuyển cây xanh
1. Việc chặt hạ, dịch chuyển cây xanh sử dụng công cộng phải được Ủy ban nhân dân phường, xã cấp phép, trừ trường hợp khẩn cấp do thiên tai.
2. Cây cổ thụ chỉ được chặt hạ khi cây đã chết hoặc có nguy cơ gãy đổ gây nguy hiểm, sau khi có ý kiến của Sở Xây dựng.
Điều 6. Trách nhiệm sau bão, lũ
Trong 48 giờ sau khi bão, lũ đi qua, đơn vị quản lý cây xanh phải thu dọn cây gãy đổ trên các tuyến đường chính, ưu tiên khu vực trường học, bệnh viện.`;

const mediationDraft = `NGHỊ QUYẾT
Quy định mức chi hỗ trợ cho hòa giải viên ở cơ sở trên địa bàn tỉnh Quảng Trị

Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Nghị quyết này quy định mức chi hỗ trợ cho hòa giải viên, tổ hòa giải ở cơ sở trên địa bàn tỉnh.
2. Nghị quyết áp dụng đối với tổ hòa giải, hòa giải viên ở thôn, tổ dân phố và cơ quan, tổ chức có liên quan.
Điều 2. Mức chi
1. Thù lao cho hòa giải viên: 300.000 đồng mỗi vụ, việc hòa giải thành hoặc không thành.
2. Hỗ trợ tổ hòa giải chi văn phòng phẩm, nước uống: 150.000 đồng mỗi tổ mỗi tháng.
Điều 3. Tổ chức thực hiện
Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.`;

const consultationInput = (
  input: Omit<ConsultationInput, 'fileKeys' | 'summary'> & { summary?: string },
) => ({
  summary: '',
  fileKeys: [],
  ...input,
});

/** A period task the seed runs itself, with its instant as the clock. */
async function periodTask(consultationId: string, task: 'open' | 'close') {
  const consultation = await getConsultation(consultationId);
  if (!consultation) throw new Error(`no consultation ${consultationId}`);
  const at = task === 'open' ? consultation.opensAt : consultation.closesAt;
  await runConsultationTask({ task, consultationId, at }, new Date(at));
}

async function seedConsultations(now: Date) {
  const construction = principalOf('soxaydung');
  const justice = principalOf('sotuphap');
  const officer = principalOf('tiepnhan');
  // Periods start and end on the hour, as agencies set them.
  const onTheHour = Math.floor(now.getTime() / 3_600_000) * 3_600_000;

  // Open for comment: five days in, twenty-five to go.
  const open = await postConsultation(
    construction,
    consultationInput({
      title: 'Dự thảo Quyết định ban hành Quy định quản lý cây xanh đô thị trên địa bàn tỉnh Quảng Trị',
      field: 'Xây dựng, đô thị',
      documentKind: 'quyet-dinh',
      summary:
        'Sở Xây dựng lấy ý kiến người dân, doanh nghiệp và các cơ quan về dự thảo Quy định quản lý cây xanh đô thị, thay thế các quy định riêng của hai tỉnh trước khi hợp nhất.',
      draftText: treesDraft,
      questions: [
        'Khoảng cách giữa các cây trên vỉa hè (Điều 4) đã phù hợp với các tuyến phố ở Đồng Hới và Đông Hà chưa?',
        'Thời hạn 48 giờ thu dọn cây gãy đổ sau bão, lũ (Điều 6) có khả thi không?',
      ],
      opensAt: new Date(onTheHour - 5 * DAY).toISOString(),
      closesAt: new Date(onTheHour + 25 * DAY).toISOString(),
    }),
    now,
  );
  await periodTask(open.id, 'open');
  const comments = [
    {
      anchor: 'dieu-4-khoan-2',
      content:
        'Đề nghị quy định khoảng cách theo chiều rộng vỉa hè: trên các tuyến phố cũ ở phường Đồng Hới vỉa hè chỉ rộng 2–3 m, trồng cây cách 6 m là quá dày, rễ cây làm hỏng vỉa hè.',
      name: 'Lê Minh Tuấn',
      organisation: 'Hội Kiến trúc sư tỉnh Quảng Trị',
      phone: '0232 3822 111',
    },
    {
      anchor: 'dieu-6',
      content:
        'Sau bão năm 2020 nhiều tuyến đường ở phường Đông Hà mất hơn một tuần mới dọn xong cây đổ. Đề nghị quy định rõ lực lượng hỗ trợ của phường, xã để bảo đảm thời hạn 48 giờ.',
      name: 'Nguyễn Thị Hoa',
      phone: '0914 222 333',
    },
  ];
  for (const [index, demo] of comments.entries()) {
    const sent = await submitComment(
      open.id,
      commentSubmissionSchema.parse({
        ...demo,
        consent: 'yes',
        consentNoticeVersion: consultationSettings().noticeVersion,
      }),
      { ip },
      new Date(now.getTime() - (4 - index) * DAY),
    );
    await moderateComment(officer, open.id, sent.comment.id, { decision: 'publish', expectedVersion: 1 });
  }

  // Concluded: the period ran two months ago; the report is approved.
  const concludedOpens = new Date(onTheHour - 75 * DAY);
  const concluded = await postConsultation(
    justice,
    consultationInput({
      title: 'Dự thảo Nghị quyết quy định mức chi hỗ trợ cho hòa giải viên ở cơ sở trên địa bàn tỉnh',
      field: 'Tư pháp',
      documentKind: 'nghi-quyet',
      summary: 'Sở Tư pháp lấy ý kiến về mức chi hỗ trợ hòa giải viên ở thôn, tổ dân phố.',
      draftText: mediationDraft,
      questions: [],
      opensAt: concludedOpens.toISOString(),
      closesAt: new Date(concludedOpens.getTime() + 30 * DAY).toISOString(),
    }),
    new Date(concludedOpens.getTime() - DAY),
  );
  await periodTask(concluded.id, 'open');
  await periodTask(concluded.id, 'close');
  const closed = await getConsultation(concluded.id);
  if (!closed) throw new Error('the concluded demo consultation');
  const submitted = await submitReport(
    justice,
    concluded.id,
    {
      expectedVersion: closed.version,
      summary:
        'Sở Tư pháp đã tổng hợp ý kiến của Ủy ban Mặt trận Tổ quốc tỉnh, các phường, xã và người dân: các ý kiến đồng tình với dự thảo, một ý kiến đề nghị tăng mức thù lao.',
      issues: [
        {
          title: 'Đề nghị tăng mức thù lao cho vụ, việc hòa giải thành',
          commentIds: [],
          disposition: 'partly-accepted',
          reason:
            'Tiếp thu một phần: nâng thù lao vụ, việc hòa giải thành lên 400.000 đồng; giữ 300.000 đồng cho vụ, việc không thành để phù hợp khả năng ngân sách.',
          changedAnchor: 'dieu-2-khoan-1',
        },
      ],
    },
    new Date(concludedOpens.getTime() + 40 * DAY),
  );
  await decideReport(
    officer,
    concluded.id,
    { decision: 'approve', expectedVersion: submitted.version },
    new Date(concludedOpens.getTime() + 45 * DAY),
  );
}

async function seedDialogues(now: Date) {
  const officer = principalOf('tiepnhan');
  const actor = { id: officer.userId, name: officer.displayName };
  const leaders = [
    { name: 'Võ Văn Hưng', position: 'Chủ tịch Ủy ban nhân dân tỉnh' },
    { name: 'Hoàng Nam', position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh' },
  ];
  // Upcoming, taking questions now: the session is in ten days, at 08:00 in Vietnam.
  const startsAt = new Date(Math.floor((now.getTime() + 10 * DAY) / DAY) * DAY + 1 * 3600_000);
  await createDialogue(
    actor,
    dialogueInputSchema.parse({
      title: 'Đối thoại với doanh nghiệp về thủ tục đầu tư tại Khu kinh tế Hòn La',
      topic: 'Thủ tục đầu tư, đất đai cho doanh nghiệp',
      description:
        'Lãnh đạo tỉnh đối thoại trực tuyến với doanh nghiệp về thủ tục đầu tư, giao đất, cho thuê đất tại Khu kinh tế Hòn La và các khu công nghiệp. Doanh nghiệp có thể gửi câu hỏi trước buổi đối thoại.',
      leaders,
      questionsOpenAt: new Date(now.getTime() - 3600_000).toISOString(),
      questionsCloseAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      videoUrl: 'https://www.youtube.com/watch?v=qtpDemoHL01',
    }),
    now,
  );

  // Archived: held three weeks ago, with its questions and the leaders' answers.
  const heldAt = new Date(Math.floor((now.getTime() - 21 * DAY) / DAY) * DAY + 1 * 3600_000);
  const endsAt = new Date(heldAt.getTime() + 2 * 3600_000);
  const archived = await createDialogue(
    actor,
    dialogueInputSchema.parse({
      title: 'Đối thoại với người dân về cấp giấy chứng nhận quyền sử dụng đất sau sắp xếp đơn vị hành chính',
      topic: 'Đất đai',
      description:
        'Sau khi sắp xếp đơn vị hành chính, lãnh đạo tỉnh trả lời người dân về thủ tục cấp, đổi giấy chứng nhận quyền sử dụng đất tại các phường, xã.',
      leaders,
      questionsOpenAt: new Date(heldAt.getTime() - 7 * DAY).toISOString(),
      questionsCloseAt: new Date(endsAt.getTime() - 30 * 60_000).toISOString(),
      startsAt: heldAt.toISOString(),
      endsAt: endsAt.toISOString(),
    }),
    new Date(heldAt.getTime() - 6 * DAY),
  );
  const questions = [
    {
      question:
        'Sau khi huyện cũ không còn, tôi nộp hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất ở đâu, và giấy cũ ghi tên huyện có còn giá trị không?',
      name: 'Trần Văn Lực',
      address: 'Thôn Tân Phong, xã Phong Nha',
      phone: '0915 111 222',
      answer:
        'Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công của xã, phường nơi có đất hoặc trực tuyến trên Cổng Dịch vụ công quốc gia. Giấy chứng nhận đã cấp ghi tên đơn vị hành chính cũ vẫn có giá trị pháp lý; không bắt buộc cấp đổi.',
      leaderIndex: 0,
    },
    {
      question: 'Thời hạn cấp giấy chứng nhận lần đầu cho đất ở tại các phường mới là bao lâu?',
      name: 'Phạm Thị Thanh',
      address: 'Khu phố 2, phường Đông Hà',
      phone: '0916 333 444',
      answer:
        'Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian người dân thực hiện nghĩa vụ tài chính.',
      leaderIndex: 1,
    },
  ];
  const published = [];
  for (const [index, demo] of questions.entries()) {
    const receipt = await submitQuestion(
      archived.slug,
      questionSubmissionSchema.parse({
        question: demo.question,
        name: demo.name,
        address: demo.address,
        phone: demo.phone,
        consent: 'yes',
        consentNoticeVersion: dialogueSettings().noticeVersion,
      }),
      { ip },
      new Date(heldAt.getTime() - (5 - index) * DAY),
    );
    published.push(
      await publishQuestion(
        actor,
        archived.id,
        receipt.questionId,
        { expectedVersion: 1 },
        new Date(heldAt.getTime() - 2 * DAY),
      ),
    );
  }
  await advanceDialogueStatus(archived.id, heldAt.toISOString(), heldAt);
  for (const [index, question] of published.entries()) {
    const demo = questions[index];
    if (!demo) continue;
    await answerQuestion(
      actor,
      archived.id,
      question.id,
      { text: demo.answer, leaderIndex: demo.leaderIndex, expectedVersion: question.version },
      new Date(heldAt.getTime() + (30 + index * 20) * 60_000),
    );
  }
  await advanceDialogueStatus(archived.id, endsAt.toISOString(), endsAt);
}

/** Seeds consultations and dialogues into a store that has none (each part on its own). */
export async function seedParticipationIfEmpty(now = new Date()): Promise<boolean> {
  let seeded = false;
  if ((await listConsultations()).length === 0) {
    await seedConsultations(now);
    seeded = true;
  }
  if ((await listDialogues()).length === 0) {
    await seedDialogues(now);
    seeded = true;
  }
  return seeded;
}
