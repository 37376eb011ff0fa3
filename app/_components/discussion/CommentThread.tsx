'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { checkComment, type Comment } from '../../../lib/map/discussion';
import { MAP_LIMITS } from '../../../lib/map/limits';
import { BubbleIcon } from './icons';
import { relativeTime } from './relativeTime';

export function CommentThread({
  elementId,
  comments,
  people,
  me,
  canComment,
  canModerate,
  onPost,
  onEdit,
  onDelete,
}: {
  elementId: string;
  comments: Comment[];
  people: Readonly<Record<string, string>>;
  me: string | null;
  canComment: boolean;
  /** May delete anyone's comment (the facilitator). */
  canModerate: boolean;
  /** Posts the text; returns an error to show, or null when it was posted. */
  onPost(text: string): string | null;
  onEdit(commentId: string, text: string): string | null;
  onDelete(commentId: string): void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const MAX_COMMENT_LENGTH = MAP_LIMITS.commentLength;
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const list = useRef<HTMLOListElement>(null);

  // Relative times ("2 min ago") stay true while the panel is open.
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(tick);
  }, []);
  // A different element: a fresh box (a half-written comment does not jump to another actor).
  useEffect(() => {
    setDraft('');
    setError(null);
    setEditing(null);
  }, [elementId]);
  // Newest at the bottom, and in view when it arrives.
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
    setNow(Date.now());
  }, [comments.length, elementId]);

  const length = [...draft].length;
  const over = length > MAX_COMMENT_LENGTH;

  const send = () => {
    const check = checkComment(draft);
    if (!check.ok) {
      setError(over ? t('comments.tooLong', { max: MAX_COMMENT_LENGTH }) : t('comments.empty'));
      return;
    }
    const problem = onPost(check.text);
    if (problem) setError(problem);
    else {
      setDraft('');
      setError(null);
    }
  };

  return (
    <div className="space-y-2" data-testid="comments" data-count={comments.length}>
      <h3 className="flex items-center gap-1.5 text-sm font-semibold text-slate-700">
        <BubbleIcon />
        {comments.length === 0 ? t('comments.title') : t('comments.count', { count: comments.length })}
      </h3>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-500">{canComment ? t('comments.noneYetSay') : t('comments.noneYet')}</p>
      ) : (
        <ol ref={list} className="max-h-72 space-y-2 overflow-y-auto pr-1" data-testid="comment-list">
          {comments.map((c) => (
            <li key={c.id} data-testid="comment" data-author={c.author} className={`rounded-xl px-3 py-2 ${c.author === me ? 'bg-brand-50' : 'bg-slate-100'}`}>
              <div className="flex items-baseline justify-between gap-2 text-xs">
                <span className="min-w-0 truncate font-semibold text-slate-800" data-testid="comment-author">
                  {c.author === me ? t('comments.you') : (people[c.author] ?? t('comments.someone'))}
                </span>
                <time className="shrink-0 text-slate-500" dateTime={new Date(c.at).toISOString()} title={format.dateTime(new Date(c.at), { dateStyle: 'medium', timeStyle: 'short' })}>
                  {relativeTime(format, t, c.at, now)}
                </time>
              </div>
              {editing?.id === c.id ? (
                <form
                  className="mt-1 space-y-1"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const problem = onEdit(c.id, editing.text);
                    if (problem) setError(problem);
                    else setEditing(null);
                  }}
                >
                  <textarea
                    rows={2}
                    value={editing.text}
                    autoFocus
                    aria-label={t('comments.editLabel')}
                    data-testid="comment-edit-input"
                    onChange={(e) => setEditing({ id: c.id, text: e.target.value })}
                    className="w-full rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
                  />
                  <div className="flex justify-end gap-2 text-xs">
                    <button type="button" onClick={() => setEditing(null)} className="rounded px-2 py-1 text-slate-600 hover:bg-slate-200">{t('common.cancel')}</button>
                    <button type="submit" data-testid="comment-edit-save" className="rounded bg-brand-600 px-2 py-1 font-semibold text-white">{t('common.save')}</button>
                  </div>
                </form>
              ) : (
                <p className="mt-0.5 text-sm break-words whitespace-pre-wrap text-slate-900" data-testid="comment-text">
                  {c.text}
                  {c.editedAt !== undefined && <span className="ml-1 text-xs text-slate-500">{t('comments.edited')}</span>}
                </p>
              )}
              {(c.author === me || canModerate) && editing?.id !== c.id && (
                <div className="mt-1 flex justify-end gap-1 text-xs">
                  {c.author === me && canComment && (
                    <button type="button" data-testid="comment-edit" onClick={() => setEditing({ id: c.id, text: c.text })} className="rounded px-2 py-0.5 text-slate-600 hover:bg-slate-200">
                      {t('comments.edit')}
                    </button>
                  )}
                  {((c.author === me && canComment) || canModerate) && (
                    <button
                      type="button"
                      data-testid="comment-delete"
                      onClick={() => window.confirm(c.author === me ? t('comments.confirmDeleteOwn') : t('comments.confirmDelete', { name: people[c.author] ?? t('comments.someone') })) && onDelete(c.id)}
                      className="rounded px-2 py-0.5 text-rose-700 hover:bg-rose-50"
                    >
                      {t('common.delete')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <div className="space-y-1">
          <textarea
            rows={2}
            value={draft}
            aria-label={t('comments.write')}
            data-testid="comment-input"
            placeholder={t('comments.writePlaceholder')}
            onChange={(e) => {
              setDraft(e.target.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              // Enter sends, Shift+Enter is a new line; Enter that picks a Chinese IME candidate does neither.
              if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
              e.preventDefault();
              send();
            }}
            className={`w-full resize-y rounded-lg border bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 ${over ? 'border-rose-500' : 'border-slate-300'}`}
          />
          <div className="flex items-center justify-between gap-2">
            <span className={`text-xs tabular-nums ${over ? 'font-semibold text-rose-700' : 'text-slate-500'}`} data-testid="comment-counter">
              {length}/{MAX_COMMENT_LENGTH}
            </span>
            <span className="hidden text-xs text-slate-400 sm:inline">{t('comments.keys')}</span>
            <button
              type="button"
              data-testid="comment-send"
              disabled={over || draft.trim() === ''}
              onClick={send}
              className="rounded-lg bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-300"
            >
              {t('comments.send')}
            </button>
          </div>
          {error && (
            <p role="alert" className="text-sm text-rose-700" data-testid="comment-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
