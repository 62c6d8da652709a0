/**
 * Scanning the teams' QR codes with the laptop's camera: each team holds up its phone showing its
 * strategy's QR code (Share → QR code), and the text found is handed on, one code after another,
 * until the trainer stops. The codes are read on the page (jsQR), a few times a second, from a
 * frame of at most 640 pixels across; nothing leaves the laptop. The camera is released when
 * scanning stops or the section closes.
 */
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { CHALLENGE_STRINGS } from '../../i18n/challenge-strings';
import type { Lang } from '../../i18n/strings';

/** How often a frame is read, and the widest frame read. */
const SCAN_EVERY_MS = 250;
const SCAN_WIDTH = 640;

type Camera = 'starting' | 'scanning' | 'unavailable' | 'refused';

export function QrScanner({ lang, onText }: { lang: Lang; onText(text: string): void }) {
  const t = CHALLENGE_STRINGS[lang];
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<Camera>('starting');
  // the latest handler, so that the scanning loop started once always calls the current one
  const handler = useRef(onText);
  useEffect(() => {
    handler.current = onText;
  }, [onText]);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const scan = () => {
      if (stopped) return;
      const v = video.current;
      if (v && context && v.videoWidth > 0) {
        const scale = Math.min(1, SCAN_WIDTH / v.videoWidth);
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        context.drawImage(v, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        if (code?.data) handler.current(code.data);
      }
      timer = setTimeout(scan, SCAN_EVERY_MS);
    };
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setCamera('unavailable');
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch (e) {
        return setCamera((e as DOMException).name === 'NotAllowedError' ? 'refused' : 'unavailable');
      }
      if (stopped || !video.current) return stream.getTracks().forEach((track) => track.stop());
      video.current.srcObject = stream;
      try {
        await video.current.play();
      } catch {
        // a play interrupted by closing: the cleanup below stops the camera
      }
      if (stopped) return;
      setCamera('scanning');
      scan();
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div className="challenge-scanner" data-testid="challenge-scanner" data-camera={camera}>
      <video ref={video} muted playsInline aria-label={t.cameraLabel} />
      <p role="status">
        {camera === 'scanning'
          ? t.scanning
          : camera === 'refused'
            ? t.cameraRefused
            : camera === 'unavailable'
              ? t.noCamera
              : t.cameraStarting}
      </p>
    </div>
  );
}
