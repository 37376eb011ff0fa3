'use client';

import { useEffect, useRef, useState } from 'react';
import { MAX_COMMENT_LENGTH, checkComment } from '../../../lib/map/discussion';
import type { Comment } from '../../../lib/map/ydoc';
import { BubbleIcon } from './icons';
import { relativeTime } from './relativeTime';

export function CommentThread({
  elementId,
  comments,
  people,
  me,
  canComment,
  onPost,
}: {
  elementId: string;
  comments: Comment[];
  people: Readonly<Record<string, string>>;
  me: string | null;
  canComment: boolean;
  /** Posts the text; returns an error to show, or null when it was posted. */
  onPost(text: string): string | null;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const list = useRef<HTMLOListElement>(null);

  // Relative times ("2 min ago") stay true while the panel is open.
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  // A different element: a fresh box (a half-written comment does not jump to another actor).
  useEffect(() => {
    setDraft('');
    setError(null);
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
      setError(check.error);
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
        {comments.length === 0 ? 'Comments' : comments.length === 1 ? '1 comment' : `${comments.length} comments`}
      </h3>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-500">{canComment ? 'No comments yet. Say why you agree or not.' : 'No comments yet.'}</p>
      ) : (
        <ol ref={list} className="max-h-72 space-y-2 overflow-y-auto pr-1" data-testid="comment-list">
          {comments.map((c) => (
            <li key={c.id} data-testid="comment" data-author={c.author} className={`rounded-xl px-3 py-2 ${c.author === me ? 'bg-brand-50' : 'bg-slate-100'}`}>
              <div className="flex items-baseline justify-between gap-2 text-xs">
                <span className="min-w-0 truncate font-semibold text-slate-800" data-testid="comment-author">
                  {c.author === me ? 'You' : (people[c.author] ?? 'Someone')}
                </span>
                <time className="shrink-0 text-slate-500" dateTime={new Date(c.at).toISOString()} title={new Date(c.at).toLocaleString()}>
                  {relativeTime(c.at, now)}
                </time>
              </div>
              <p className="mt-0.5 text-sm break-words whitespace-pre-wrap text-slate-900" data-testid="comment-text">
                {c.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <div className="space-y-1">
          <textarea
            rows={2}
            value={draft}
            aria-label="Write a comment"
            data-testid="comment-input"
            placeholder="Write a comment…"
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
            <span className="hidden text-xs text-slate-400 sm:inline">Enter to send · Shift+Enter new line</span>
            <button
              type="button"
              data-testid="comment-send"
              disabled={over || draft.trim() === ''}
              onClick={send}
              className="rounded-lg bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-slate-300"
            >
              Send
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
