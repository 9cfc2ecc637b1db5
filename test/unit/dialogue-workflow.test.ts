import { describe, expect, it } from 'vitest';
import {
  acceptsAnswers,
  acceptsQuestions,
  advanceTo,
  decideQuestion,
  defaultAskedBy,
  type QuestionAction,
  questionTransitions,
  statusAt,
  statusBoundaries,
} from '#shared/dialogue/workflow.ts';
import { type QuestionStatus, questionStatusSchema } from '#shared/domain/dialogue.ts';
import { InvalidTransition } from '#shared/domain/errors.ts';
import { dialoguePagesTouchedBy } from '#shared/site/dialogue-pages.ts';
import { embedUrlOf, videoHostAllowed } from '#shared/site/dialogue-video.ts';

// 20 Dec 2026: questions from 08:00, the session 09:00–11:00, questions close 10:30 (Vietnam time).
const dialogue = {
  questionsOpenAt: '2026-12-20T01:00:00.000Z',
  startsAt: '2026-12-20T02:00:00.000Z',
  questionsCloseAt: '2026-12-20T03:30:00.000Z',
  endsAt: '2026-12-20T04:00:00.000Z',
};
const at = (vietnamTime: string) => new Date(`2026-12-20T${vietnamTime}:00+07:00`);

describe('a dialogue’s status follows its clock', () => {
  it('is scheduled, open, live and ended at the boundaries, in Asia/Ho_Chi_Minh', () => {
    expect(statusAt(dialogue, at('07:59'))).toBe('scheduled');
    expect(statusAt(dialogue, at('08:00'))).toBe('open');
    expect(statusAt(dialogue, at('08:59'))).toBe('open');
    expect(statusAt(dialogue, at('09:00'))).toBe('live');
    expect(statusAt(dialogue, at('10:59'))).toBe('live');
    expect(statusAt(dialogue, at('11:00'))).toBe('ended');
  });

  it('moves only forward: a repeated or late task changes nothing, a skipped boundary is caught up', () => {
    expect(advanceTo({ ...dialogue, status: 'scheduled' }, at('08:00'))).toBe('open');
    expect(advanceTo({ ...dialogue, status: 'open' }, at('08:00'))).toBeUndefined();
    expect(advanceTo({ ...dialogue, status: 'live' }, at('08:30'))).toBeUndefined();
    expect(advanceTo({ ...dialogue, status: 'scheduled' }, at('11:30'))).toBe('ended');
    expect(advanceTo({ ...dialogue, status: 'ended' }, at('11:30'))).toBeUndefined();
  });

  it('has one schedule per boundary', () => {
    expect(statusBoundaries(dialogue)).toEqual([
      { status: 'open', at: dialogue.questionsOpenAt },
      { status: 'live', at: dialogue.startsAt },
      { status: 'ended', at: dialogue.endsAt },
    ]);
  });

  it('takes questions from their opening to their closing only', () => {
    expect(acceptsQuestions(dialogue, at('07:59'))).toBe(false);
    expect(acceptsQuestions(dialogue, at('08:00'))).toBe(true);
    expect(acceptsQuestions(dialogue, at('10:29'))).toBe(true);
    expect(acceptsQuestions(dialogue, at('10:30'))).toBe(false);
  });

  it('takes answers during the session and for the grace after it', () => {
    expect(acceptsAnswers(dialogue, at('08:59'), 30)).toBe(false);
    expect(acceptsAnswers(dialogue, at('09:00'), 30)).toBe(true);
    expect(acceptsAnswers(dialogue, at('11:29'), 30)).toBe(true);
    expect(acceptsAnswers(dialogue, at('11:30'), 30)).toBe(false);
  });
});

/** The question table as a person states it. */
const expected: Record<QuestionAction, [QuestionStatus[], QuestionStatus | 'same']> = {
  publish: [['received'], 'published'],
  reject: [['received'], 'rejected'],
  edit: [['received', 'published', 'answered'], 'same'],
  assign: [['received', 'published'], 'same'],
  answer: [['published'], 'answered'],
  'edit-answer': [['answered'], 'same'],
};

describe('a question’s moderation and answer (pure decisions)', () => {
  it('has a rule for every action and no other', () => {
    expect(Object.keys(questionTransitions).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [action, [from, to]] of Object.entries(expected) as [
    QuestionAction,
    [QuestionStatus[], string],
  ][]) {
    it(`${action}: from ${from.join(', ')} to ${to}`, () => {
      for (const status of questionStatusSchema.options) {
        if (from.includes(status))
          expect(decideQuestion({ status }, action)).toBe(to === 'same' ? status : to);
        else expect(() => decideQuestion({ status }, action)).toThrow(InvalidTransition);
      }
    });
  }
});

describe('how an asker is named in public', () => {
  it('is “a citizen from <commune/ward>” when the address names one, else the initials', () => {
    expect(defaultAskedBy('Nguyễn Văn An', 'Thôn 3, xã Triệu Phong')).toBe('Một người dân ở xã Triệu Phong');
    expect(defaultAskedBy('Nguyễn Văn An', 'Khu phố 2, phường Đông Hà, tỉnh Quảng Trị')).toBe(
      'Một người dân ở phường Đông Hà',
    );
    expect(defaultAskedBy('nguyễn văn an')).toBe('N.V.A.');
    expect(defaultAskedBy('Lê Thị Hồng', '12 Lê Lợi')).toBe('L.T.H.');
  });
});

describe('the live video', () => {
  const hosts = ['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'www.facebook.com'];
  it('is embedded from an allowed host only, over https', () => {
    expect(videoHostAllowed('https://www.youtube.com/watch?v=abcDEF12345', hosts)).toBe(true);
    expect(videoHostAllowed('http://www.youtube.com/watch?v=abcDEF12345', hosts)).toBe(false);
    expect(videoHostAllowed('https://video.example.com/live', hosts)).toBe(false);
    expect(videoHostAllowed('https://www.youtube.com.example.com/x', hosts)).toBe(false);
    expect(videoHostAllowed('không phải địa chỉ', hosts)).toBe(false);
  });
  it('turns a watch link into the host’s embed address', () => {
    expect(embedUrlOf('https://www.youtube.com/watch?v=abcDEF12345', hosts)).toBe(
      'https://www.youtube-nocookie.com/embed/abcDEF12345',
    );
    expect(embedUrlOf('https://youtube.com/live/abcDEF12345', hosts)).toBe(
      'https://www.youtube-nocookie.com/embed/abcDEF12345',
    );
    expect(embedUrlOf('https://www.facebook.com/quangtri/videos/123', hosts)).toBe(
      `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent('https://www.facebook.com/quangtri/videos/123')}`,
    );
    expect(embedUrlOf('https://video.example.com/live', hosts)).toBeUndefined();
  });
});

describe('the pages a dialogue change touches', () => {
  it('are its own page, the list, the sitemap and the feeds; never another dialogue’s', () => {
    expect(dialoguePagesTouchedBy({ slug: 'doi-thoai-thang-12' })).toEqual([
      { kind: 'dialogue', slug: 'doi-thoai-thang-12' },
      { kind: 'dialogue-list' },
      { kind: 'dialogue-sitemap' },
      { kind: 'dialogue-feed', format: 'rss' },
      { kind: 'dialogue-feed', format: 'atom' },
    ]);
  });
});
