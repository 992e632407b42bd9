// React 18's types have no `inert`, and React 18 passes it to the DOM only as a string: inert="".
// (React 19 takes a boolean; drop this file when moving to it.)
import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter must match React's declaration
  interface HTMLAttributes<T> {
    inert?: '';
  }
}
