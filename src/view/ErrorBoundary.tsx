/** If the page itself fails, say so in both languages and offer a way back, instead of a blank page. */
import { Component, type ReactNode } from 'react';

interface State {
  message: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <main className="app" role="alert">
        <h1>SMM Loop</h1>
        <p>Something went wrong while drawing the page: {this.state.message}</p>
        <p>Что-то пошло не так при отрисовке страницы.</p>
        <p>
          {/* a link, so the page does not start from the saved scenario, which may be what failed */}
          <a href={`${location.pathname}?v=1`}>
            Start again with the default scenario / Начать заново со сценария по умолчанию
          </a>
        </p>
      </main>
    );
  }
}
