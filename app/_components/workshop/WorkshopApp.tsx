'use client';

import { useEffect, useMemo, useState } from 'react';
import { useWorkshop } from '../hooks/useWorkshop';
import { keyFromHash } from '../model/links';
import { loadKey, loadPerson, saveKey, savePerson, suggestPerson, type Person } from '../model/storage';
import { KeyPrompt } from './KeyPrompt';
import { NameDialog } from './NameDialog';
import { FullPageMessage } from './WorkshopLoader';
import { Workspace } from './Workspace';

// Joining a workshop: the key from the link, the person's name, then the connected workspace.

function readInitialKey(id: string): string | null {
  const fromHash = keyFromHash(window.location.hash);
  if (fromHash) saveKey(id, fromHash);
  return fromHash ?? loadKey(id);
}

export default function WorkshopApp({ id }: { id: string }) {
  const [key, setKey] = useState<string | null>(() => readInitialKey(id));
  const [person, setPerson] = useState<Person | null>(() => loadPerson());
  const suggestion = useMemo(() => suggestPerson(), []);
  const [renaming, setRenaming] = useState(false);

  // The key stays in this browser; taking it out of the address bar stops it being shared by accident
  // when someone copies the URL (a facilitator's link would hand out facilitator rights).
  useEffect(() => {
    if (window.location.hash.includes('key=')) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, []);

  const live = useWorkshop(id, key, person);

  if (!key) return <KeyPrompt workshop={id} onKey={(k) => (saveKey(id, k), setKey(k))} />;
  if (!person) {
    return (
      <>
        <FullPageMessage text="" />
        <NameDialog
          first
          initial={suggestion}
          onSave={(p) => {
            savePerson(p);
            setPerson(p);
          }}
        />
      </>
    );
  }
  if (live?.fatal) {
    return <KeyPrompt workshop={id} problem={live.fatal} onKey={(k) => (saveKey(id, k), setKey(k))} />;
  }
  if (!live) return <FullPageMessage text="Connecting…" />;

  return (
    <>
      <Workspace id={id} live={live} onRename={() => setRenaming(true)} />
      {renaming && (
        <NameDialog
          first={false}
          initial={person}
          onCancel={() => setRenaming(false)}
          onSave={(p) => {
            savePerson(p);
            setPerson(p); // reconnects with the new name: the server stamps names at the handshake
            setRenaming(false);
          }}
        />
      )}
    </>
  );
}
